package care.rounds.booking;

import care.rounds.clinicians.ClinicianService;
import care.rounds.patients.Patient;
import care.rounds.patients.PatientService;
import care.rounds.planning.BookingAdvisor;
import care.rounds.planning.InfusionAdvice;
import care.rounds.planning.SlotOption;
import care.rounds.plans.PhysicianOrder;
import care.rounds.plans.PlanStatus;
import care.rounds.plans.ProtocolKinds;
import care.rounds.plans.TreatmentPlan;
import care.rounds.plans.TreatmentPlanRepository;
import care.rounds.plans.TreatmentProtocol;
import care.rounds.plans.TreatmentProtocolRepository;
import care.rounds.visits.InfusionVisit;
import care.rounds.visits.Placement;
import care.rounds.visits.VisitSeries;
import care.rounds.visits.VisitChanges;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * Creates a series, asks the planner where each infusion fits, and books the chosen options
 * (pinned, so later planning runs keep what was promised to the patient).
 */
@Service
public class SeriesBooking {

    private final PatientService patients;
    private final ClinicianService clinicians;
    private final TreatmentProtocolRepository protocols;
    private final ProtocolKinds kinds;
    private final TreatmentPlanRepository plans;
    private final VisitSeries series;
    private final VisitChanges changes;
    private final BookingAdvisor advisor;
    private final Clock clock;
    private final ResponsibleAdultCheck adults;
    private final OrderCheck orders;
    private final AgreedDays agreedDays;

    SeriesBooking(PatientService patients, ClinicianService clinicians, TreatmentProtocolRepository protocols,
                  ProtocolKinds kinds, TreatmentPlanRepository plans, VisitSeries series, VisitChanges changes, BookingAdvisor advisor,
                  Clock clock, ResponsibleAdultCheck adults, OrderCheck orders, AgreedDays agreedDays) {
        this.adults = adults;
        this.orders = orders;
        this.agreedDays = agreedDays;
        this.patients = patients;
        this.clinicians = clinicians;
        this.protocols = protocols;
        this.kinds = kinds;
        this.plans = plans;
        this.series = series;
        this.changes = changes;
        this.advisor = advisor;
        this.clock = clock;
    }

    /** Active infusion series; the in-home assessment is booked from the consultation inbox, not here. */
    @RolesAllowed("COORDINATOR")
    public List<TreatmentProtocol> protocols() {
        return kinds.activeInfusionSeries();
    }

    /**
     * Saves the plan, under the physician's order, and its unscheduled visits; the coordinator then chooses
     * their slots. Refused ({@link OrderMissing}, naming what is missing) without a complete order from an MD or
     * NP of the roster, or for a patient whose latest screening did not find them eligible.
     */
    @RolesAllowed("COORDINATOR")
    @Transactional
    public List<InfusionVisit> create(SeriesRequest request, OrderRequest order) {
        Patient patient = patients.find(request.patientId()).orElseThrow(() ->
                new IllegalArgumentException("This patient no longer exists; search for them again."));
        if (patient.getHomeLocation() == null) {
            throw new IllegalArgumentException("The patient's home is not placed on the map yet. Open the patient "
                    + "and pick the address from the suggestions first.");
        }
        TreatmentProtocol protocol = protocols.findById(request.protocolId())
                .filter(p -> !kinds.isAssessment(p.getId()))
                .orElseThrow(() -> new IllegalArgumentException("Choose one of the treatment series the physician ordered."));
        PhysicianOrder checked = orders.check(patient, order);
        TreatmentPlan plan = new TreatmentPlan(patient, protocol, request.start(), request.weekdays(),
                request.availableFrom(), request.availableUntil(), clock.instant());
        plan.setOrder(checked);
        if (request.preferredClinicianId() != null) {
            plan.setPreferredClinician(clinicians.find(request.preferredClinicianId()).orElse(null));
        }
        return series.create(plans.save(plan));
    }

    /** The order of the patient's latest plan booked with one, to give an urgent infusion under. */
    @RolesAllowed("COORDINATOR")
    public java.util.Optional<OrderRequest> latestOrderOf(long patientId) {
        return plans.findByPatientIdOrderByCreatedAtDesc(patientId).stream()
                .flatMap(plan -> plan.getOrder().stream())
                .findFirst()
                .map(o -> new OrderRequest(o.getOrderedBy().getId(), o.getOrderedOn(), o.getDoseMgPerKg(), o.getWeightKg()));
    }

    @RolesAllowed("COORDINATOR")
    public Map<Long, List<SlotOption>> recommend(List<InfusionVisit> seriesVisits) {
        return advisor.recommend(seriesVisits);
    }

    /**
     * Where each infusion can go, each from the option kept for the one before: the infusions in {@code kept}
     * stay as the coordinator chose them, the others are advised again (a full best day gives the nearest days
     * the protocol's spacing allows, with the rule that limits the choice).
     */
    @RolesAllowed("COORDINATOR")
    public Map<Long, InfusionAdvice> advise(List<InfusionVisit> seriesVisits, Map<Long, SlotOption> kept) {
        return advisor.advise(seriesVisits, kept);
    }

    /**
     * Books each chosen option; infusions without a choice stay for the planner. The clinic's rules are
     * checked on the chosen options together (a second choice is checked against the first one chosen, not
     * against the first option offered): a rule broken refuses the booking, naming it.
     */
    @RolesAllowed("COORDINATOR")
    @Transactional
    public List<InfusionVisit> confirm(Map<Long, SlotOption> choices) {
        return confirm(choices, null);
    }

    /**
     * As {@link #confirm(Map)}; a timing rule broken by the chosen options (gap between infusions, window) is
     * accepted as an exception when a reason is given. A legal or safety rule always refuses the booking.
     */
    @RolesAllowed("COORDINATOR")
    @Transactional
    public List<InfusionVisit> confirm(Map<Long, SlotOption> choices, String timingExceptionReason) {
        adults.requireForFirstInfusions(choices.keySet());
        agreedDays.moveWindowsToChosenDays(choices);
        return changes.bookAll(choices.values().stream()
                .map(choice -> new Placement(choice.visitId(), choice.clinicianId(), choice.start()))
                .toList(), timingExceptionReason);
    }

    /** The coordinator gave up on this series before confirming: it is cancelled, nothing is deleted. */
    @RolesAllowed("COORDINATOR")
    @Transactional
    public void discard(long planId) {
        plans.findById(planId).ifPresent(plan -> {
            plan.setStatus(PlanStatus.CANCELLED);
            plans.save(plan);
        });
        changes.cancelRestOfSeries(planId, "Booking discarded before it was confirmed");
    }
}
