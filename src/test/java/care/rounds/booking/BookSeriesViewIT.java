package care.rounds.booking;

import care.rounds.KaribuTest;
import care.rounds.booking.ui.BookSeriesView;
import care.rounds.clinicians.Clinician;
import care.rounds.clinicians.Credential;
import care.rounds.patients.Patient;
import care.rounds.patients.PatientService;
import care.rounds.plans.TreatmentPlanRepository;
import care.rounds.plans.TreatmentProtocol;
import care.rounds.visits.InfusionVisit;
import care.rounds.visits.VisitService;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Set;
import java.util.stream.Collectors;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class BookSeriesViewIT extends KaribuTest {

    @Autowired
    TreatmentPlanRepository plans;
    @Autowired
    PatientService patients;
    @Autowired
    VisitService visits;
    @Autowired
    care.rounds.intake.ScreeningOutcomes screenings;

    @Test
    @SuppressWarnings("unchecked")
    void coordinatorBooksASeriesAtThePlannersRecommendedSlots() {
        signInAs("coordinator");
        Set<Long> withPlans = plans.findAll().stream().map(p -> p.getPatient().getId()).collect(Collectors.toSet());
        Patient patient = patients.search("", 0, 200).filter(p -> !withPlans.contains(p.getId()) && p.getHomeLocation() != null)
                .filter(BookablePatients.bookable(screenings)).reduce((a, b) -> b)
                .orElseThrow();
        UI.getCurrent().navigate(BookSeriesView.class);

        _setValue(_get(ComboBox.class, spec -> spec.withId("series-patient")), patient);
        Select<TreatmentProtocol> protocol = _get(Select.class, spec -> spec.withId("series-protocol"));
        _setValue(protocol, protocol.getListDataView().getItems()
                .filter(p -> p.getName().equals("PTSD initial series")).findFirst().orElseThrow());
        fillTheOrder();
        assertThat(_get(Span.class, spec -> spec.withId("order-dose-mg")).getText()).isEqualTo("Dose: 40.0 mg");
        _click(_get(Button.class, spec -> spec.withId("find-slots")));

        Grid<InfusionVisit> slots = _get(Grid.class, spec -> spec.withId("series-slots"));
        assertThat(GridKt._size(slots)).isEqualTo(6);
        _click(_get(Button.class, spec -> spec.withId("confirm-series")));

        _assertOne(com.vaadin.flow.component.orderedlayout.VerticalLayout.class, spec -> spec.withId("patient-summary"));
        var plan = plans.findAll().stream().filter(p -> p.getPatient().getId().equals(patient.getId())).findFirst()
                .orElseThrow();
        assertThat(plan.getOrder()).hasValueSatisfying(order -> {
            assertThat(order.doseMg()).isEqualByComparingTo("40.0");
            assertThat(order.getOrderedBy().getCredential()).isIn(Credential.MD, Credential.NP);
        });
        var booked = visits.seriesOf(java.util.List.of(plan.getId()));
        assertThat(booked).hasSize(6).filteredOn(v -> v.getClinician() != null).isNotEmpty()
                .allSatisfy(v -> {
                    assertThat(v.isPinned()).isTrue();
                    assertThat(v.getPlannedStart()).isBetween(v.getEarliestStart(), v.getLatestStart());
                });
    }

    @Test
    @SuppressWarnings("unchecked")
    void withoutAnOrderTheFormNamesEachMissingPartAndNothingIsCreated() {
        signInAs("coordinator");
        long plansBefore = plans.count();
        UI.getCurrent().navigate(BookSeriesView.class);
        Patient patient = patients.search("", 0, 200).filter(p -> p.getHomeLocation() != null).findFirst().orElseThrow();
        _setValue(_get(ComboBox.class, spec -> spec.withId("series-patient")), patient);
        Select<TreatmentProtocol> protocol = _get(Select.class, spec -> spec.withId("series-protocol"));
        _setValue(protocol, protocol.getListDataView().getItems().findFirst().orElseThrow());
        _click(_get(Button.class, spec -> spec.withId("find-slots")));

        assertThat(_get(ComboBox.class, spec -> spec.withId("order-by")).getErrorMessage())
                .isEqualTo("Choose the MD or NP who ordered the series.");
        assertThat(_get(BigDecimalField.class, spec -> spec.withId("order-dose")).isInvalid()).isTrue();
        assertThat(_get(BigDecimalField.class, spec -> spec.withId("order-weight")).getErrorMessage())
                .startsWith("Enter the patient's weight");
        assertThat(plans.count()).isEqualTo(plansBefore);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aPatientNotScreenedEligibleIsRefusedByTheServerWithTheReasonOnTheScreen() {
        signInAs("coordinator");
        Patient neighbour = patients.search("", 0, 200).filter(p -> p.getHomeLocation() != null).findFirst().orElseThrow();
        Patient caller = new Patient("Unscreened Caller", LocalDate.of(1980, 5, 5), "(404) 555-0177",
                neighbour.getHomeAddress(), "GA", java.time.Instant.now());
        caller.setHomeLocation(neighbour.getHomeLocation());
        Patient unscreened = patients.save(caller);
        long plansBefore = plans.count();
        UI.getCurrent().navigate(BookSeriesView.class);
        _setValue(_get(ComboBox.class, spec -> spec.withId("series-patient")), unscreened);
        Select<TreatmentProtocol> protocol = _get(Select.class, spec -> spec.withId("series-protocol"));
        _setValue(protocol, protocol.getListDataView().getItems().findFirst().orElseThrow());
        fillTheOrder();
        try {
            _click(_get(Button.class, spec -> spec.withId("find-slots")));
        } finally {
            // other tests take any patient without a plan: this one must be bookable for them afterwards
            screenings.recordEarlierScreening(unscreened.getId(), null, java.time.Instant.now(),
                    care.rounds.intake.ConsultationOutcome.ELIGIBLE);
        }

        Span refusal = _get(Span.class, spec -> spec.withId("booking-refusal"));
        assertThat(refusal.isVisible()).isTrue();
        assertThat(refusal.getText()).startsWith("Not booked: a series needs the physician's order.")
                .contains("a screening consultation that found the patient eligible (none recorded)");
        assertThat(plans.count()).isEqualTo(plansBefore);
    }

    @SuppressWarnings("unchecked")
    private static void fillTheOrder() {
        ComboBox<Clinician> orderedBy = _get(ComboBox.class, spec -> spec.withId("order-by"));
        _setValue(orderedBy, orderedBy.getListDataView().getItems().findFirst().orElseThrow());
        _setValue(_get(BigDecimalField.class, spec -> spec.withId("order-dose")), new BigDecimal("0.5"));
        _setValue(_get(BigDecimalField.class, spec -> spec.withId("order-weight")), new BigDecimal("80"));
    }
}
