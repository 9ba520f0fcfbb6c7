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

    /**
     * Only a start on another day, within the hours the patient can do that day, moves the window: any other
     * start outside the window is left for the rule check, which names the window rule.
     */
    void moveWindowsToChosenDays(Map<Long, SlotOption> choices) {
        choices.values().forEach(choice -> visits.find(choice.visitId())
                .filter(visit -> onAnotherDayWithinThePatientsHours(visit, choice.start()))
                .ifPresent(visit -> moveWindow(visit, choice.start())));
    }

    private boolean onAnotherDayWithinThePatientsHours(InfusionVisit visit, Instant start) {
        LocalDate day = time.inClinicZone(start).toLocalDate();
        if (day.equals(time.inClinicZone(visit.getEarliestStart()).toLocalDate())) {
            return false;
        }
        return !start.isBefore(opens(visit, day)) && !start.isAfter(closes(visit, day));
    }

    private Instant opens(InfusionVisit visit, LocalDate day) {
        return day.atTime(visit.getPlan().getAvailableFrom()).atZone(time.zone()).toInstant();
    }

    private Instant closes(InfusionVisit visit, LocalDate day) {
        return day.atTime(visit.getPlan().getAvailableUntil()).atZone(time.zone()).toInstant()
                .minus(Duration.ofMinutes(visit.getDurationMinutes()));
    }

    private void moveWindow(InfusionVisit visit, Instant start) {
        LocalDate day = time.inClinicZone(start).toLocalDate();
        Instant opens = opens(visit, day);
        Instant closes = closes(visit, day);
        changes.reschedule(visit.getId(), visit.getVersion(), opens, closes, "Infusion " + visit.getSequenceNumber()
                + " booked on " + time.date(day) + ", a day the patient agreed: its best day was full or too close "
                + "to the infusion before it");
    }
}
