package care.rounds.planning;

import care.rounds.base.ClinicTime;
import care.rounds.clinicians.Clinician;
import care.rounds.clinicians.ClinicianService;
import care.rounds.clinicians.RosterChanged;
import care.rounds.visits.InfusionVisit;
import care.rounds.visits.VisitChanges;
import care.rounds.visits.VisitService;
import care.rounds.visits.VisitStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Keeps planned days in step with the roster. When a clinician's availability changes, every visit
 * of theirs the change rules out (time off, hours, inactive, credential, licence) is taken off their
 * route. Days from tomorrow on are then re-planned in the background; today's visits are left for
 * the coordinator to decide on the board, with the reason they were taken off.
 */
@Component
class RosterChangePlanner {

    private static final Logger log = LoggerFactory.getLogger(RosterChangePlanner.class);

    private final ClinicianService clinicians;
    private final VisitService visits;
    private final VisitChanges changes;
    private final SchedulePlanner planner;
    private final ClinicTime time;
    private final PlanningSettings settings;
    private final ThreadLocal<DaysToReplan> pending = new ThreadLocal<>();

    RosterChangePlanner(ClinicianService clinicians, VisitService visits, VisitChanges changes, SchedulePlanner planner,
                        ClinicTime time, PlanningSettings settings) {
        this.changes = changes;
        this.clinicians = clinicians;
        this.visits = visits;
        this.planner = planner;
        this.time = time;
        this.settings = settings;
    }

    /** Inside the roster change's transaction: takes the visits the change rules out off the route. */
    @EventListener
    void takeOffRoute(RosterChanged change) {
        Optional<Clinician> clinician = clinicians.find(change.clinicianId());
        if (clinician.isEmpty()) {
            return;
        }
        LocalDate today = time.today();
        Map<InfusionVisit, String> ruledOut = new LinkedHashMap<>();
        visits.ofClinician(change.clinicianId(), time.startOf(today),
                        time.startOf(today.plusDays(settings.horizonDays() + 21L))).stream()
                .filter(v -> v.getStatus() == VisitStatus.SCHEDULED && v.getPlannedStart() != null)
                .forEach(v -> RosterCheck.reasonAgainst(clinician.get(), v, time.zone(), settings.allowedOvertimeMinutes())
                        .ifPresent(reason -> ruledOut.put(v, reason)));
        DaysToReplan days = new DaysToReplan();
        int visitsToday = 0;
        int laterCount = 0;
        for (Map.Entry<InfusionVisit, String> entry : ruledOut.entrySet()) {
            InfusionVisit visit = entry.getKey();
            String reason = entry.getValue();
            LocalDate day = time.inClinicZone(visit.getPlannedStart()).toLocalDate();
            changes.unassign(visit.getId(), "Roster change for " + clinician.get().getFullName() + ": " + reason);
            if (change.dayOfCallOut()) {
                // whoever recorded the call-out re-plans that day at once and lists the patients to call
                planner.rememberReason(visit.getId(), "Taken off " + clinician.get().getFullName()
                        + "'s route (" + reason + ").");
            } else if (day.isAfter(today)) {
                days.add(day);
                laterCount++;
                planner.rememberReason(visit.getId(), "Taken off " + clinician.get().getFullName()
                        + "'s route (" + reason + "); the planner is placing it again.");
            } else {
                visitsToday++;
                planner.rememberReason(visit.getId(), "Taken off " + clinician.get().getFullName()
                        + "'s route today (" + reason + "): choose Optimize to re-plan the day, or move it by hand.");
            }
        }
        log.info("Roster change for clinician {}: {} visits taken off the route", change.clinicianId(),
                ruledOut.size());
        if (!days.isEmpty()) {
            pending.set(days);
            change.report(countOfVisits(laterCount) + " no longer fit: the planner is re-planning "
                    + (days.first.equals(days.last) ? time.date(days.first)
                    : time.date(days.first) + " to " + time.date(days.last)) + ".");
        }
        if (visitsToday > 0) {
            change.report(countOfVisits(visitsToday) + " today taken off the route: the coordinator re-plans them on the board.");
        }
    }

    /**
     * After the change is committed: re-plans the later days it touched. In a transaction of its own: the
     * roster change's transaction is over, and the run's record must be written (and get its id) now.
     */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMPLETION)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void replanLaterDays(RosterChanged change) {
        DaysToReplan days = pending.get();
        pending.remove();
        if (days == null || days.isEmpty()) {
            return;
        }
        int count = (int) ChronoUnit.DAYS.between(days.first, days.last) + 1;
        planner.plan(days.first, count, "Roster change: re-plan of the days it touched");
    }

    private static String countOfVisits(long count) {
        return count == 1 ? "1 visit" : count + " visits";
    }

    private static final class DaysToReplan {
        private LocalDate first;
        private LocalDate last;

        void add(LocalDate day) {
            first = first == null || day.isBefore(first) ? day : first;
            last = last == null || day.isAfter(last) ? day : last;
        }

        boolean isEmpty() {
            return first == null;
        }
    }
}
