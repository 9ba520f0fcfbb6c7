package care.rounds.planning;

import care.rounds.base.ClinicTime;
import care.rounds.clinicians.Clinician;
import care.rounds.clinicians.ClinicianService;
import care.rounds.clinicians.Credential;
import care.rounds.planning.clinic.ShiftCalendar;
import care.rounds.security.SystemActor;
import care.rounds.visits.BrokenRule;
import care.rounds.visits.ClinicalRules;
import care.rounds.visits.InfusionVisit;
import care.rounds.visits.Placement;
import care.rounds.visits.VisitChanges;
import care.rounds.visits.VisitService;
import care.rounds.visits.VisitStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A pinned visit (booked with the patient, or moved by hand) is a promise the planner does not touch, so nothing
 * else would notice when the roster, a protocol or the patient's address changes under it. Checked again with
 * {@link ClinicalRules} (the planner's own constraints on its day, plus overlap and the working day) before every
 * planning run and after each such change: a broken one is flagged on the visit with the rule and the call to
 * make (the board shows it), with one history entry; a later check that finds it keeping the rules, or no
 * longer pinned there and its patient told where it is now, clears the flag.
 */
@Component
public class PinnedVisitRecheck {

    private static final Logger log = LoggerFactory.getLogger(PinnedVisitRecheck.class);

    private final VisitService visits;
    private final VisitChanges changes;
    private final ClinicalRules rules;
    private final ClinicianService clinicians;
    private final ClinicTime time;
    private final PlanningSettings settings;
    private final care.rounds.visits.PromiseSettings promises;

    PinnedVisitRecheck(VisitService visits, VisitChanges changes, ClinicalRules rules, ClinicianService clinicians,
                       ClinicTime time, PlanningSettings settings, care.rounds.visits.PromiseSettings promises) {
        this.promises = promises;
        this.visits = visits;
        this.changes = changes;
        this.rules = rules;
        this.clinicians = clinicians;
        this.time = time;
        this.settings = settings;
    }

    /**
     * Checks the pinned visits of these days (and those flagged before), joining the caller's transaction (a
     * roster change's, so what it finds commits or rolls back with the change).
     *
     * @param occasion who checks, for the history ("Rule check before planning run 12")
     * @return how many visits break a rule now
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public int recheck(LocalDate from, int days, String occasion) {
        return SystemActor.office(occasion).call(() -> recheckDays(from, days, null, visit -> false));
    }

    /**
     * After a roster entry changed, in one pass over the days: her own pinned visits, and the pinned RN-given visits
     * on other clinicians' routes that may have lost their supervision (the {@code rn-supervision} rule: an MD or NP
     * on duty for the whole visit). An MD's or NP's day off, shorter hours, or a credential changed away from MD or
     * NP can each leave them unsupervised, and none of them is on her own route. Of those, only the visits no active
     * MD or NP covers now, and those flagged before (someone may cover them again), are checked: usually none.
     *
     * @return how many of them break a rule now
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public int recheckRosterChange(long clinicianId, String occasion) {
        List<Clinician> supervisors = clinicians.allForPlanning().stream()
                .filter(c -> c.isActive() && c.getCredential().supervisesRns()).toList();
        Predicate<InfusionVisit> hers = visit -> visit.getClinician() != null
                && visit.getClinician().getId() == clinicianId;
        Predicate<InfusionVisit> mayHaveLostSupervision = visit -> visit.getClinician() != null
                && visit.getClinician().getCredential() == Credential.RN
                && visit.getPlannedStart() != null
                && (visit.getRuleFlag() != null || supervisors.stream().noneMatch(supervisor ->
                ShiftCalendar.onDutyThroughout(supervisor, visit.getPlannedStart(), visit.getPlannedEnd(), time.zone())));
        LocalDate today = time.today();
        return SystemActor.office(occasion).call(() ->
                recheckDays(today, settings.horizonDays() + 21, hers.or(mayHaveLostSupervision), hers));
    }

    /** As {@link #recheck}, only the pinned visits of one patient (after the home address changed). */
    @Transactional(propagation = Propagation.REQUIRED)
    public int recheckPatient(long patientId, String occasion) {
        LocalDate today = time.today();
        return SystemActor.office(occasion).call(() ->
                recheckDays(today, settings.horizonDays() + 21,
                        visit -> visit.getPlan().getPatient().getId() == patientId, visit -> false));
    }

    /**
     * @param changedRoster the visits of the clinician whose roster entry is being saved: the change takes one it
     *                      rules out off the route ({@link RosterChangePlanner}), which the call to make then says
     */
    private int recheckDays(LocalDate from, int days, Predicate<InfusionVisit> only,
                            Predicate<InfusionVisit> changedRoster) {
        long started = System.nanoTime();
        List<InfusionVisit> candidates = visits.pinnedOrFlaggedIn(time.startOf(from), time.startOf(from.plusDays(days)))
                .stream().filter(visit -> only == null || only.test(visit)).toList();
        Map<LocalDate, List<InfusionVisit>> pinnedByDay = new LinkedHashMap<>();
        for (InfusionVisit visit : candidates) {
            if (isPinnedOnARoute(visit)) {
                pinnedByDay.computeIfAbsent(time.inClinicZone(visit.getPlannedStart()).toLocalDate(),
                        d -> new java.util.ArrayList<>()).add(visit);
            } else if (visit.getRuleFlag() != null && !visit.movedSinceTold(promises.toldTolerance())) {
                changes.clearRuleFlag(visit.getId()); // no longer pinned there, and the patient knows where it is now
            }
        }
        int broken = 0;
        for (List<InfusionVisit> day : pinnedByDay.values()) {
            // the day's pinned visits together first: a day that keeps every rule needs no check per visit
            boolean dayKeepsTheRules = day.stream().noneMatch(v -> v.getRuleFlag() != null)
                    && rules.check(day.stream().map(PinnedVisitRecheck::placement).toList()).broken().isEmpty();
            for (InfusionVisit visit : day) {
                List<BrokenRule> found = dayKeepsTheRules ? List.of() : rules.check(List.of(placement(visit))).broken();
                if (found.isEmpty()) {
                    changes.clearRuleFlag(visit.getId());
                } else {
                    broken++;
                    changes.flagBrokenRules(visit.getId(), words(visit, found, changedRoster.test(visit)));
                }
            }
        }
        log.info("Pinned visits checked again: {} of {} break a clinic rule ({} ms)", broken, candidates.size(),
                (System.nanoTime() - started) / 1_000_000);
        return broken;
    }

    private static boolean isPinnedOnARoute(InfusionVisit visit) {
        return visit.isPinned() && visit.getStatus() == VisitStatus.SCHEDULED && visit.getClinician() != null
                && visit.getPlannedStart() != null;
    }

    private static Placement placement(InfusionVisit visit) {
        return new Placement(visit.getId(), visit.getClinician().getId(), visit.getPlannedStart());
    }

    /** The rules broken and the call to make, in the words the board and the history show. */
    private String words(InfusionVisit visit, List<BrokenRule> found, boolean rosterChange) {
        String broken = found.stream().map(BrokenRule::words).collect(Collectors.joining(" "));
        return broken + " Call to make: " + callToMake(visit, rosterChange);
    }

    private String callToMake(InfusionVisit visit, boolean rosterChange) {
        String told = visit.getToldStart() == null ? "" : " (told " + time.dateTime(visit.getToldStart()) + " with "
                + (visit.getToldClinician() == null ? "a clinician" : visit.getToldClinician().getDisplayName()) + ")";
        Optional<String> offTheRoster = !rosterChange ? Optional.empty() : clinicians.allForPlanning().stream()
                .filter(c -> c.getId().equals(visit.getClinician().getId())).findFirst()
                .flatMap(c -> RosterCheck.reasonAgainst(c, visit, time.zone(), settings.allowedOvertimeMinutes()));
        if (offTheRoster.isPresent()) {
            return "the roster no longer allows it (" + offTheRoster.get() + "), so it is taken off "
                    + visit.getClinician().getDisplayName() + "'s route and placed again: call the patient" + told
                    + " with the new time or clinician (Patients to call).";
        }
        return "it is pinned, so the planner will not move it: move it by hand, then call the patient" + told + ".";
    }
}
