package care.rounds.intake;

import care.rounds.base.ClinicTime;
import care.rounds.clinicians.Clinician;
import care.rounds.clinicians.ClinicianService;
import care.rounds.clinicians.Credential;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * Books screening consultations in the calendars of physicians and nurse practitioners and records
 * what they concluded. In-home assessments are only stored with their time for now: giving them a
 * place on a clinician's route is the planner's job, later.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed("COORDINATOR")
public class ConsultationCalendar {

    /** Who may screen a patient for ketamine treatment. */
    public static final Set<Credential> SCREENING_CREDENTIALS = Set.of(Credential.MD, Credential.NP);

    private final ConsultationRepository consultations;
    private final ConsultationRequestRepository requests;
    private final ClinicianService clinicians;
    private final ClinicTime time;

    ConsultationCalendar(ConsultationRepository consultations, ConsultationRequestRepository requests,
                         ClinicianService clinicians, ClinicTime time) {
        this.consultations = consultations;
        this.requests = requests;
        this.clinicians = clinicians;
        this.time = time;
    }

    /** Active physicians and nurse practitioners, by name. */
    public List<Clinician> screeners() {
        return clinicians.active().stream().filter(c -> SCREENING_CREDENTIALS.contains(c.getCredential())).toList();
    }

    public List<Consultation> ofRequest(long requestId) {
        return consultations.findByRequestIdOrderByStartsAt(requestId);
    }

    @Transactional
    public Consultation book(long requestId, ConsultationSlot slot) {
        ConsultationRequest request = requests.findById(requestId)
                .orElseThrow(() -> new NoSuchElementException("No consultation request " + requestId));
        if (request.getPatientId() == null) {
            throw new ConsultationNotBookedException("Create the patient first, then book the consultation.");
        }
        check(slot);
        Clinician clinician = slot.clinicianId() == null ? null : screener(slot);
        if (clinician != null) {
            consultations.lockCalendarOf(clinician.getId());
            Instant endsAt = slot.startsAt().plusSeconds(60L * slot.durationMinutes());
            consultations.firstOverlapping(clinician.getId(), slot.startsAt(), endsAt).ifPresent(other -> {
                throw new ConsultationNotBookedException(clinician.getDisplayName() + " already has a consultation from "
                        + time.dateTime(other.getStartsAt()) + " to " + time.time(other.getEndsAt())
                        + ". Choose another time or another clinician.");
            });
        }
        Consultation booked = consultations.saveAndFlush(new Consultation(requestId, request.getPatientId(),
                slot.kind(), slot.startsAt(), slot.durationMinutes(), clinician));
        request.setStatus(RequestStatus.CONSULTATION_BOOKED);
        requests.saveAndFlush(request);
        return booked;
    }

    @Transactional
    public Consultation recordOutcome(long consultationId, ConsultationOutcome outcome, String notes) {
        Consultation consultation = consultations.findById(consultationId)
                .orElseThrow(() -> new NoSuchElementException("No consultation " + consultationId));
        consultation.record(outcome, notes);
        return consultations.saveAndFlush(consultation);
    }

    private void check(ConsultationSlot slot) {
        if (slot.kind() == null || slot.startsAt() == null) {
            throw new ConsultationNotBookedException("Choose the kind of consultation, its date and its time.");
        }
        if (slot.durationMinutes() < 10 || slot.durationMinutes() > 240) {
            throw new ConsultationNotBookedException("A consultation lasts between 10 and 240 minutes.");
        }
        if (slot.startsAt().isBefore(time.now())) {
            throw new ConsultationNotBookedException("Choose a time that has not passed yet.");
        }
        if (slot.kind().isCall() && slot.clinicianId() == null) {
            throw new ConsultationNotBookedException("Choose the physician or nurse practitioner who makes the call.");
        }
    }

    private Clinician screener(ConsultationSlot slot) {
        Clinician clinician = clinicians.find(slot.clinicianId())
                .orElseThrow(() -> new ConsultationNotBookedException("That clinician is no longer on the roster."));
        if (!clinician.isActive() || !SCREENING_CREDENTIALS.contains(clinician.getCredential())) {
            throw new ConsultationNotBookedException(clinician.getDisplayName()
                    + " cannot hold a screening consultation: choose an active physician or nurse practitioner.");
        }
        return clinician;
    }
}
