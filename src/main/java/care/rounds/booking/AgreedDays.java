package care.rounds.booking;

import care.rounds.base.ClinicTime;
import care.rounds.planning.SlotOption;
import care.rounds.visits.InfusionVisit;
import care.rounds.visits.VisitChanges;
import care.rounds.visits.VisitService;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * An option on another day than the infusion's best one (that day was full, or the option chosen for the
 * infusion before ruled it out) is a day the patient agreed on the phone: the infusion's window moves to the
 * patient's hours on that day, with its own history entry, before the booking is checked and written.
 */
@Component
class AgreedDays {

    private final VisitService visits;
    private final VisitChanges changes;
    private final ClinicTime time;

    AgreedDays(VisitService visits, VisitChanges changes, ClinicTime time) {
        this.visits = visits;
        this.changes = changes;
        this.time = time;
    }

    void moveWindowsToChosenDays(Map<Long, SlotOption> choices) {
        choices.values().forEach(choice -> visits.find(choice.visitId())
                .filter(visit -> outsideWindow(visit, choice.start()))
                .ifPresent(visit -> moveWindow(visit, choice.start())));
    }

    private static boolean outsideWindow(InfusionVisit visit, Instant start) {
        return start.isBefore(visit.getEarliestStart()) || start.isAfter(visit.getLatestStart());
    }

    private void moveWindow(InfusionVisit visit, Instant start) {
        var plan = visit.getPlan();
        LocalDate day = time.inClinicZone(start).toLocalDate();
        Instant opens = day.atTime(plan.getAvailableFrom()).atZone(time.zone()).toInstant();
        Instant closes = day.atTime(plan.getAvailableUntil()).atZone(time.zone()).toInstant()
                .minus(Duration.ofMinutes(visit.getDurationMinutes()));
        opens = start.isBefore(opens) ? start : opens;
        closes = start.isAfter(closes) ? start : closes;
        changes.reschedule(visit.getId(), visit.getVersion(), opens, closes, "Infusion " + visit.getSequenceNumber()
                + " booked on " + time.date(day) + ", a day the patient agreed: its best day was full or too close "
                + "to the infusion before it");
    }
}
