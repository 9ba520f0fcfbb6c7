package care.rounds.intake;

import care.rounds.patients.Patient;
import care.rounds.patients.PatientService;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import care.rounds.intake.internal.SpamTally;

import java.time.Clock;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The coordinator's inbox of consultation requests: read them newest first, note the call, move them
 * along, and turn one into a patient without retyping what the person already wrote.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed("COORDINATOR")
public class ConsultationInbox {

    private static final String DEFAULT_STATE = "GA";

    private final ConsultationRequestRepository requests;
    private final PatientService patients;
    private final SpamTally spam;
    private final Clock clock;

    ConsultationInbox(ConsultationRequestRepository requests, PatientService patients, SpamTally spam, Clock clock) {
        this.requests = requests;
        this.patients = patients;
        this.spam = spam;
        this.clock = clock;
    }

    /** For the manager: requests stopped before the inbox on the last {@code days} days, per reason. */
    @RolesAllowed("MANAGER")
    public Map<SpamReason, Integer> stoppedBeforeTheInbox(int days) {
        return spam.lastDays(days);
    }

    /** Requests in one status (all when null), newest first. */
    public Stream<ConsultationRequest> requests(RequestStatus status, int offset, int limit) {
        int size = Math.max(1, limit);
        return requests.inStatus(status, PageRequest.of(offset / size, size,
                Sort.by(Sort.Order.desc("receivedAt"), Sort.Order.desc("id")))).stream();
    }

    public int count(RequestStatus status) {
        return (int) requests.countInStatus(status);
    }

    public Optional<ConsultationRequest> find(long id) {
        return requests.findById(id);
    }

    @Transactional
    public ConsultationRequest saveCallNotes(long requestId, String notes) {
        ConsultationRequest request = load(requestId);
        request.setCallNotes(notes);
        return requests.saveAndFlush(request);
    }

    @Transactional
    public ConsultationRequest changeStatus(long requestId, RequestStatus status) {
        ConsultationRequest request = load(requestId);
        request.setStatus(status);
        return requests.saveAndFlush(request);
    }

    /** The patient created from the request, if any. */
    public Optional<Patient> patientOf(ConsultationRequest request) {
        return request.getPatientId() == null ? Optional.empty() : patients.find(request.getPatientId());
    }

    /** A patient filled in from the request; the coordinator adds date of birth, address and state. */
    public Patient draftPatient(ConsultationRequest request) {
        Patient patient = new Patient(request.getFullName(), null, request.getPhone(), "", DEFAULT_STATE, clock.instant());
        patient.setEmail(request.getEmail());
        patient.setConsentEmail(request.isMessagesByEmail() && request.getEmail() != null);
        patient.setConsentText(request.isMessagesByText());
        return patient;
    }

    /**
     * Saves the patient and links the request to it. A new request counts as contacted from here on:
     * the coordinator has spoken to the person to learn their date of birth and address.
     */
    @Transactional
    public ConsultationRequest createPatient(long requestId, Patient patient) {
        ConsultationRequest request = load(requestId);
        if (request.getPatientId() != null) {
            throw new IllegalStateException("This request already has a patient.");
        }
        Patient saved = patients.save(patient);
        request.setPatientId(saved.getId());
        if (request.getStatus() == RequestStatus.NEW) {
            request.setStatus(RequestStatus.CONTACTED);
        }
        return requests.saveAndFlush(request);
    }

    private ConsultationRequest load(long requestId) {
        return requests.findById(requestId)
                .orElseThrow(() -> new NoSuchElementException("No consultation request " + requestId));
    }
}
