package care.rounds.visits;

import java.time.Instant;

/**
 * A patient whose visit is no longer what they were told: the coordinator calls them.
 *
 * @param toldClinician null when the patient was told no clinician's name
 * @param nowClinician  null when the visit is on nobody's route now
 * @param nowStart      null when the visit is on nobody's route now: call to rebook
 */
public record PatientToCall(long visitId, long version, String patientName, String patientPhone, Instant toldStart,
                            String toldClinician, Instant nowStart, String nowClinician) {

    public boolean unplaced() {
        return nowStart == null;
    }

    public boolean clinicianChanged() {
        return !java.util.Objects.equals(toldClinician, nowClinician);
    }
}
