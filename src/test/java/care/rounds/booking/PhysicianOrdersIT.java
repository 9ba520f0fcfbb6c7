package care.rounds.booking;

import care.rounds.KaribuTest;
import care.rounds.base.ClinicTime;
import care.rounds.clinicians.Clinician;
import care.rounds.clinicians.ClinicianService;
import care.rounds.clinicians.Credential;
import care.rounds.dispatch.ui.BoardView;
import care.rounds.intake.ConsultationOutcome;
import care.rounds.intake.ScreeningOutcomes;
import care.rounds.patients.Patient;
import care.rounds.patients.PatientService;
import care.rounds.plans.TreatmentPlan;
import care.rounds.plans.TreatmentPlanRepository;
import care.rounds.plans.TreatmentProtocol;
import care.rounds.plans.TreatmentProtocolRepository;
import care.rounds.visits.InfusionVisit;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.grid.Grid;
import com.github.mvysny.kaributesting.v10.GridKt;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A series is booked only under a physician's order for a patient screened eligible (refused by the server,
 * naming what is missing), and a finished series puts its patient on the "Boosters due" list with the
 * protocol's window, from which booking opens with the booster protocol chosen. Each case books a new patient.
 */
class PhysicianOrdersIT extends KaribuTest {

    @Autowired
    SeriesBooking booking;
    @Autowired
    BoostersDue boosters;
    @Autowired
    PatientService patients;
    @Autowired
    ClinicianService clinicians;
    @Autowired
    ScreeningOutcomes screenings;
    @Autowired
    TreatmentProtocolRepository protocols;
    @Autowired
    TreatmentPlanRepository plans;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ClinicTime time;

    @BeforeEach
    void coordinator() {
        signInAs("coordinator");
    }

    @Test
    void aSeriesWithoutAnOrderIsRefusedNamingEachMissingPart() {
        Patient patient = newPatient("Order Missing", ConsultationOutcome.ELIGIBLE);
        long before = plans.count();

        assertThatThrownBy(() -> booking.create(request(patient, "PTSD initial series"), null))
                .isInstanceOf(OrderMissing.class)
                .hasMessage("Not booked: a series needs the physician's order. Missing: the ordering physician or "
                        + "nurse practitioner; the order date; the dose in mg/kg; the patient's weight in kg.");
        assertThatThrownBy(() -> booking.create(request(patient, "PTSD initial series"),
                new OrderRequest(prescriber().getId(), time.today(), null, new BigDecimal("80"))))
                .isInstanceOf(OrderMissing.class)
                .hasMessageEndingWith("Missing: the dose in mg/kg.");
        assertThat(plans.count()).as("nothing created").isEqualTo(before);
    }

    @Test
    void anOrderByARegisteredNurseOrForAPatientNotScreenedEligibleIsRefused() {
        Patient patient = newPatient("Needs Follow Up", ConsultationOutcome.NEEDS_FOLLOW_UP);
        Clinician nurse = clinicians.active().stream().filter(c -> c.getCredential() == Credential.RN).findFirst()
                .orElseThrow();

        try {
            assertThatThrownBy(() -> booking.create(request(patient, "PTSD initial series"),
                    new OrderRequest(nurse.getId(), time.today(), new BigDecimal("0.5"), new BigDecimal("70"))))
                    .isInstanceOf(OrderMissing.class)
                    .hasMessageContaining("an ordering clinician who is an MD or NP on the roster ("
                            + nurse.getDisplayName() + " is RN)")
                    .hasMessageContaining("a screening that found the patient eligible (the latest says: Needs follow-up)");
        } finally {
            // other tests take any patient without a plan: this one must be bookable for them afterwards
            screenings.recordEarlierScreening(patient.getId(), prescriber(), time.now(), ConsultationOutcome.ELIGIBLE);
        }
    }

    @Test
    void theOrderIsKeptWithThePlanWithTheDoseInMg() {
        Patient patient = newPatient("Order Kept", ConsultationOutcome.ELIGIBLE);

        List<InfusionVisit> series = booking.create(request(patient, "PTSD initial series"),
                new OrderRequest(prescriber().getId(), time.today().minusDays(1), new BigDecimal("0.5"),
                        new BigDecimal("72.4")));

        TreatmentPlan plan = plans.findById(series.get(0).getPlan().getId()).orElseThrow();
        assertThat(plan.getOrder()).hasValueSatisfying(order -> {
            assertThat(order.doseMg()).isEqualByComparingTo("36.2");
            assertThat(order.doseInWords()).isEqualTo("0.5 mg/kg × 72.4 kg = 36.2 mg");
            assertThat(order.getOrderedOn()).isEqualTo(time.today().minusDays(1));
        });
        booking.discard(plan.getId());
    }

    @Test
    @SuppressWarnings("unchecked")
    void aFinishedSeriesPutsItsPatientOnTheBoostersDueListWhichOpensBookingWithTheBooster() {
        Patient patient = newPatient("Booster Due", ConsultationOutcome.ELIGIBLE);
        List<InfusionVisit> series = booking.create(request(patient, "PTSD initial series"),
                TestOrders.halfMgPerKg(clinicians, time.today()));
        assertThat(boosters.opensWithin(14)).as("not while the series runs")
                .noneMatch(due -> due.patientId() == patient.getId());
        LocalDate lastInfusion = time.today().minusDays(30);
        giveEveryInfusionEndingOn(series, lastInfusion);

        assertThat(boosters.opensWithin(14)).filteredOn(due -> due.patientId() == patient.getId())
                .singleElement().satisfies(due -> {
                    assertThat(due.lastInfusion()).isEqualTo(lastInfusion);
                    assertThat(due.windowOpens()).isEqualTo(lastInfusion.plusDays(28));
                    assertThat(due.windowCloses()).isEqualTo(lastInfusion.plusDays(42));
                    assertThat(due.boosterName()).isEqualTo("Booster");
                    assertThat(due.when(time.today(), time::date)).startsWith("Due now, until ");
                });

        UI.getCurrent().navigate(BoardView.class);
        assertThat(_get(com.vaadin.flow.component.html.H3.class, spec -> spec.withId("boosters-due-title")).getText())
                .startsWith("Boosters due (");
        Grid<BoosterDue> list = _get(Grid.class, spec -> spec.withId("boosters-due-grid"));
        _click((Button) GridKt._getCellComponent(list, rowOf(patient), "book"));

        ComboBox<Patient> chosenPatient = _get(ComboBox.class, spec -> spec.withId("series-patient"));
        Select<TreatmentProtocol> chosenProtocol = _get(Select.class, spec -> spec.withId("series-protocol"));
        assertThat(chosenPatient.getValue().getId()).isEqualTo(patient.getId());
        assertThat(chosenProtocol.getValue().getName()).isEqualTo("Booster");

        // a booster booked takes the patient off the list
        booking.create(new SeriesRequest(patient.getId(), protocols.findByName("Booster").orElseThrow().getId(),
                time.today().plusDays(5), EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(9, 0),
                LocalTime.of(17, 0), null), TestOrders.halfMgPerKg(clinicians, time.today()));
        assertThat(boosters.opensWithin(14)).noneMatch(due -> due.patientId() == patient.getId());
        plans.findByPatientIdOrderByCreatedAtDesc(patient.getId()).forEach(plan -> booking.discard(plan.getId()));
    }

    private int rowOf(Patient patient) {
        List<BoosterDue> due = boosters.opensWithin(14);
        for (int i = 0; i < due.size(); i++) {
            if (due.get(i).patientId() == patient.getId()) {
                return i;
            }
        }
        throw new AssertionError("not on the list");
    }

    /** Every infusion of the series given, one every two days, the last on the given day. */
    private void giveEveryInfusionEndingOn(List<InfusionVisit> series, LocalDate last) {
        Clinician crna = clinicians.active().stream().filter(c -> c.getCredential() == Credential.CRNA).findFirst()
                .orElseThrow();
        for (InfusionVisit visit : series) {
            Instant start = time.startOf(last.minusDays(2L * (series.size() - visit.getSequenceNumber()))).plusSeconds(10 * 3600);
            jdbc.update("update infusion_visit set status = 'DONE', clinician_id = ?, planned_start = ?, planned_end = ? "
                    + "where id = ?", crna.getId(), Timestamp.from(start),
                    Timestamp.from(start.plus(visit.getDuration())), visit.getId());
        }
    }

    private Patient newPatient(String name, ConsultationOutcome screening) {
        Patient neighbour = patients.search("", 0, 200).filter(p -> p.getHomeLocation() != null).findFirst().orElseThrow();
        Patient patient = new Patient(name, LocalDate.of(1975, 3, 14), "(404) 555-0166", neighbour.getHomeAddress(), "GA",
                time.now());
        patient.setHomeLocation(neighbour.getHomeLocation());
        patient = patients.save(patient);
        screenings.recordEarlierScreening(patient.getId(), prescriber(), time.now().minusSeconds(86_400), screening);
        return patient;
    }

    private SeriesRequest request(Patient patient, String protocol) {
        return new SeriesRequest(patient.getId(), protocols.findByName(protocol).orElseThrow().getId(),
                time.today().plusDays(40), EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(8, 0),
                LocalTime.of(18, 0), null);
    }

    private Clinician prescriber() {
        return clinicians.active().stream().filter(c -> c.getCredential() == Credential.MD).findFirst().orElseThrow();
    }
}
