package care.rounds.kpi;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What the figures need of one visit, with nothing about the patient.
 *
 * @param day          the planned start's day in the clinic's zone, or the window's day when unassigned
 * @param clinicianId  null when nobody is assigned
 * @param plannedStart null when unassigned
 * @param arrivedAt    when the clinician recorded arrival; null when not recorded
 */
public record VisitFacts(long visitId, long planId, LocalDate day, Long clinicianId, Duration duration,
                         Instant plannedStart, Instant arrivedAt) {

    public boolean assigned() {
        return clinicianId != null && plannedStart != null;
    }
}
