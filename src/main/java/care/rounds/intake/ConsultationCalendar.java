package care.rounds.intake;

import care.rounds.base.ClinicTime;
import care.rounds.clinicians.Clinician;
import care.rounds.clinicians.ClinicianService;
import care.rounds.clinicians.Credential;
import care.rounds.plans.ProtocolKinds;
import care.rounds.visits.InfusionVisit;
import care.rounds.visits.VisitService;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;

/**
 * Books screening consultations and records what they concluded. A phone or video call goes into a
 * physician's or nurse practitioner's calendar at a fixed time; an in-home assessment becomes a visit
 * with an arrival window that the planner puts on an MD's or NP's route like an infusion.
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
    private final AssessmentVisits assessments;
    private final VisitService visits;
    private final ProtocolKinds assessmentProtocol;
    private final ClinicTime time;

    ConsultationCalendar(ConsultationRepository consultations, ConsultationRequestRepository requests,
                         ClinicianService clinicians, AssessmentVisits assessments, VisitService visits,
                         ProtocolKinds assessmentProtocol, ClinicTime time) {
        this.assessmentProtocol = assessmentProtocol;
        this.consultations = consultations;
        this.requests = requests;
        this.clinicians = clinicians;
        this.assessments = assessments;
        this.visits = visits;
        this.time = time;
    }

    /** Active physicians and nurse practitioners, by name. */
    public List<Clinician> screeners() {
        return clinicians.active().stream().filter(c -> SCREENING_CREDENTIALS.contains(c.getCredential())).toList();
    }

    /** How long an in-home assessment lasts by the clinic's protocol, to offer as the default. */
    public int inHomeMinutes() {
        return assessmentProtocol.inHomeAssessment().map(p -> p.getFirstVisitMinutes()).orElse(60);
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
        if (!slot.kind().isCall()) {
            return bookInHome(request, slot, clinician);
        }
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

    /** The visit an in-home assessment became, with its planned clinician and start once the planner placed it. */
    public Optional<InfusionVisit> visitOf(Consultation consultation) {
        return consultation.getVisitId() == null ? Optional.empty() : visits.find(consultation.getVisitId());
    }

    /** The preferred clinician goes on the plan; who actually comes, and when in the window, the planner decides. */
    private Consultation bookInHome(ConsultationRequest request, ConsultationSlot slot, Clinician preferred) {
        InfusionVisit visit = assessments.create(request.getPatientId(), slot, preferred);
        Consultation booked = new Consultation(request.getId(), request.getPatientId(), slot.kind(), slot.startsAt(),
                slot.durationMinutes(), null);
        booked.routedAs(visit.getId());
        booked = consultations.saveAndFlush(booked);
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
        if (!slot.kind().isCall() && slot.durationMinutes() < 15) {
            throw new ConsultationNotBookedException("An in-home assessment lasts at least 15 minutes.");
        }
        if (!slot.kind().isCall() && (slot.arriveBy() == null || slot.arriveBy().isBefore(slot.startsAt()))) {
            throw new ConsultationNotBookedException("The arrival window must end after it starts, on the same day.");
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
