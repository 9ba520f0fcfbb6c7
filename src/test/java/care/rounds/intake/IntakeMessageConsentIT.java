package care.rounds.intake;

import care.rounds.RoundsIntegrationTest;
import care.rounds.intake.internal.ProofOfWork;
import care.rounds.patients.Patient;
import care.rounds.security.SystemActor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Appointment-message choices made on the public form reach the patient the coordinator creates. */
@RoundsIntegrationTest
class IntakeMessageConsentIT {

    @Autowired
    ConsultationIntake intake;
    @Autowired
    ConsultationInbox inbox;
    @Autowired
    ConsultationRequestRepository requests;
    @Autowired
    ProofOfWork proofOfWork;

    @Test
    void textConsentOnTheFormBecomesThePatientsConsent() {
        intake.submit(new ConsultationRequestForm("Consent Texts Person", "(678) 555-0181", null, null, null, null,
                true, "", ProvenRequests.proof(proofOfWork), false, true), "198.51.100.201");
        ConsultationRequest request = requests.findAll().stream()
                .filter(r -> r.getFullName().equals("Consent Texts Person")).findFirst().orElseThrow();
        assertThat(request.isMessagesByText()).isTrue();
        assertThat(request.isMessagesByEmail()).isFalse();
        Patient patient = SystemActor.office("coordinator").call(() -> inbox.draftPatient(request));
        assertThat(patient.isConsentText()).isTrue();
        assertThat(patient.isConsentEmail()).isFalse();
    }

    @Test
    void emailMessagesWithoutAnAddressAskForOne() {
        var result = intake.submit(new ConsultationRequestForm("Consent Email Person", "(678) 555-0182", " ", null,
                null, null, true, "", ProvenRequests.proof(proofOfWork), true, false), "198.51.100.202");
        assertThat(result).isInstanceOfSatisfying(SubmissionResult.NeedsCorrection.class, invalid ->
                assertThat(invalid.errors()).containsEntry("emailGivenForMessages",
                        "Enter your email address to get messages by email, or untick that box."));
    }
}
