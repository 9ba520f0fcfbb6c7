package care.rounds.dispatch;

import java.time.Instant;

/**
 * A patient to call after a re-plan: their visit's arrival or clinician changed.
 *
 * @param clinicianBefore null when the visit was not on a route before
 * @param arrivalBefore   null when the visit was not on a route before
 * @param clinicianAfter  null when the re-plan could not place the visit
 * @param arrivalAfter    null when the re-plan could not place the visit
 */
public record ArrivalChange(long visitId, String patientName, String patientPhone, String clinicianBefore,
                            Instant arrivalBefore, String clinicianAfter, Instant arrivalAfter) {

    public boolean clinicianChanged() {
        return !java.util.Objects.equals(clinicianBefore, clinicianAfter);
    }

    public boolean unplaced() {
        return arrivalAfter == null;
    }
}
