package care.rounds.intake;

import care.rounds.clinicians.Clinician;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.Optional;

/**
 * What a patient's screening concluded, for booking: a series is booked only for a patient whose latest
 * screening with a recorded outcome found them eligible.
 */
@Service
@Transactional(readOnly = true)
public class ScreeningOutcomes {

    private final ConsultationRepository consultations;

    ScreeningOutcomes(ConsultationRepository consultations) {
        this.consultations = consultations;
    }

    /** The outcome of the patient's latest consultation that has one; empty when none was recorded. */
    @RolesAllowed("COORDINATOR")
    public Optional<ConsultationOutcome> latestOf(long patientId) {
        return consultations.findFirstByPatientIdAndOutcomeIsNotNullOrderByStartsAtDesc(patientId)
                .map(Consultation::getOutcome);
    }

    /**
     * A screening call held before the product was used (the demo clinic's set-up, an import): the patient,
     * who screened them, when, and what it concluded.
     */
    @Transactional
    public void recordEarlierScreening(long patientId, Clinician screener, Instant heldAt, ConsultationOutcome outcome) {
        Consultation consultation = new Consultation(patientId, ConsultationKind.PHONE, heldAt, 30, screener);
        consultation.record(outcome, "Screened before this record was kept");
        consultations.save(consultation);
    }
}
