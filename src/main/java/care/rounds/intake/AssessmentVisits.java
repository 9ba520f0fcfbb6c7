package care.rounds.intake;

import care.rounds.base.ClinicTime;
import care.rounds.clinicians.Clinician;
import care.rounds.patients.Patient;
import care.rounds.patients.PatientService;
import care.rounds.plans.ProtocolKinds;
import care.rounds.plans.TreatmentPlan;
import care.rounds.plans.TreatmentPlanRepository;
import care.rounds.plans.TreatmentProtocol;
import care.rounds.visits.InfusionVisit;
import care.rounds.visits.VisitSeries;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.EnumSet;

/**
 * Turns an in-home assessment into a visit the planner routes like an infusion: a one-visit plan of
 * the "In-home assessment" protocol on the chosen day, whose visit may start anywhere in the arrival
 * window the coordinator agreed with the patient.
 */
@Component
class AssessmentVisits {

    private final ProtocolKinds protocols;
    private final TreatmentPlanRepository plans;
    private final VisitSeries visits;
    private final PatientService patients;
    private final ClinicTime time;

    AssessmentVisits(ProtocolKinds protocols, TreatmentPlanRepository plans, VisitSeries visits,
                     PatientService patients, ClinicTime time) {
        this.protocols = protocols;
        this.plans = plans;
        this.visits = visits;
        this.patients = patients;
        this.time = time;
    }

    /** Checks the window and the patient's home, then saves the plan and its visit (in the caller's transaction). */
    InfusionVisit create(long patientId, ConsultationSlot slot, Clinician preferred) {
        ZonedDateTime from = time.inClinicZone(slot.startsAt());
        ZonedDateTime by = time.inClinicZone(slot.arriveBy());
        if (!by.toLocalDate().equals(from.toLocalDate()) || by.isBefore(from)) {
            throw new ConsultationNotBookedException("The arrival window must end after it starts, on the same day.");
        }
        LocalTime until = by.toLocalTime().plusMinutes(slot.durationMinutes());
        if (!until.isAfter(by.toLocalTime())) {
            throw new ConsultationNotBookedException("The assessment must end before midnight: choose an earlier window.");
        }
        Patient patient = patients.find(patientId)
                .orElseThrow(() -> new ConsultationNotBookedException("This patient no longer exists."));
        if (patient.getHomeLocation() == null) {
            throw new ConsultationNotBookedException("The patient's home is not placed on the map yet: open the "
                    + "patient, pick the address from the suggestions, then book the in-home assessment.");
        }
        TreatmentProtocol protocol = protocols.inHomeAssessment().orElseThrow(() -> new ConsultationNotBookedException(
                "The clinic has no active in-home assessment protocol; ask the manager to reactivate it."));
        TreatmentPlan plan = new TreatmentPlan(patient, protocol, from.toLocalDate(), EnumSet.of(from.getDayOfWeek()),
                from.toLocalTime(), until, time.now());
        plan.setPreferredClinician(preferred);
        plan = plans.save(plan);
        return visits.createAssessment(plan, slot.startsAt(), slot.arriveBy(), slot.durationMinutes());
    }
}
