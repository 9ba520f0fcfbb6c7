package care.rounds.booking.ui;

import care.rounds.base.ClinicTime;
import care.rounds.clinicians.Clinician;
import care.rounds.clinicians.ClinicianService;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A day with no free slot at the demo clinic: every clinician is off that day (saved as at start-up, so no
 * roster event re-plans anything). Put back after the test.
 */
public final class FullDay {

    private static final String REASON = "Test: a full day";

    private final ClinicianService roster;
    private final Instant from;
    private final Instant until;

    private FullDay(ClinicianService roster, Instant from, Instant until) {
        this.roster = roster;
        this.from = from;
        this.until = until;
    }

    public static FullDay on(ClinicianService roster, ClinicTime time, LocalDate day) {
        FullDay full = new FullDay(roster, time.startOf(day), time.startOf(day.plusDays(1)));
        for (Clinician clinician : roster.allForPlanning()) {
            clinician.addTimeOff(full.from, full.until, REASON);
            roster.saveAtStartUp(clinician);
        }
        return full;
    }

    public void putBack() {
        for (Clinician clinician : roster.allForPlanning()) {
            clinician.getTimeOff().stream()
                    .filter(off -> REASON.equals(off.getReason()) && off.getStartsAt().equals(from))
                    .toList().forEach(clinician::removeTimeOff);
            roster.saveAtStartUp(clinician);
        }
    }
}
