package care.rounds.booking;

import care.rounds.base.ClinicTime;
import care.rounds.clinicians.Clinician;
import care.rounds.clinicians.ClinicianService;
import care.rounds.clinicians.Credential;
import care.rounds.intake.ConsultationOutcome;
import care.rounds.intake.ScreeningOutcomes;
import care.rounds.patients.Patient;
import care.rounds.plans.PhysicianOrder;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The server's check that a series is booked under a physician's order for a screened, eligible patient.
 * Refuses with one sentence naming everything that is missing, so the coordinator fixes it in one go.
 */
@Component
class OrderCheck {

    /** Who may order a ketamine series. */
    static final Set<Credential> MAY_ORDER = Set.of(Credential.MD, Credential.NP);

    private final ClinicianService clinicians;
    private final ScreeningOutcomes screenings;
    private final ClinicTime time;

    OrderCheck(ClinicianService clinicians, ScreeningOutcomes screenings, ClinicTime time) {
        this.clinicians = clinicians;
        this.screenings = screenings;
        this.time = time;
    }

    /** The order to keep with the plan; refused with {@link OrderMissing} naming what is missing or wrong. */
    PhysicianOrder check(Patient patient, OrderRequest order) {
        List<String> missing = new ArrayList<>();
        Clinician orderedBy = null;
        if (order == null || order.orderedById() == null) {
            missing.add("the ordering physician or nurse practitioner");
        } else {
            orderedBy = clinicians.find(order.orderedById()).orElse(null);
            if (orderedBy == null || !MAY_ORDER.contains(orderedBy.getCredential())) {
                missing.add("an ordering clinician who is an MD or NP on the roster"
                        + (orderedBy == null ? "" : " (" + orderedBy.getDisplayName() + " is "
                        + orderedBy.getCredential() + ")"));
            }
        }
        if (order == null || order.orderedOn() == null) {
            missing.add("the order date");
        } else if (order.orderedOn().isAfter(time.today())) {
            missing.add("an order date that is not in the future");
        }
        if (order == null || order.doseMgPerKg() == null) {
            missing.add("the dose in mg/kg");
        } else if (order.doseMgPerKg().signum() <= 0 || order.doseMgPerKg().compareTo(OrderRequest.MAX_DOSE_MG_PER_KG) > 0) {
            missing.add("a dose between 0.01 and " + OrderRequest.MAX_DOSE_MG_PER_KG + " mg/kg");
        }
        if (order == null || order.weightKg() == null) {
            missing.add("the patient's weight in kg");
        } else if (order.weightKg().compareTo(OrderRequest.MIN_WEIGHT_KG) < 0
                || order.weightKg().compareTo(OrderRequest.MAX_WEIGHT_KG) > 0) {
            missing.add("a weight between " + OrderRequest.MIN_WEIGHT_KG + " and " + OrderRequest.MAX_WEIGHT_KG + " kg");
        }
        ConsultationOutcome screening = screenings.latestOf(patient.getId()).orElse(null);
        if (screening != ConsultationOutcome.ELIGIBLE) {
            missing.add(screening == null ? "a screening consultation that found the patient eligible (none recorded)"
                    : "a screening that found the patient eligible (the latest says: " + screening.label() + ")");
        }
        if (!missing.isEmpty()) {
            throw new OrderMissing("Not booked: a series needs the physician's order. Missing: "
                    + String.join("; ", missing) + ".");
        }
        return new PhysicianOrder(orderedBy, order.orderedOn(), order.doseMgPerKg(), order.weightKg());
    }
}
