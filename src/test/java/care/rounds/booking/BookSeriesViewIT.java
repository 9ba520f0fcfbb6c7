package care.rounds.booking;

import care.rounds.KaribuTest;
import care.rounds.booking.ui.BookSeriesView;
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

    @Test
    @SuppressWarnings("unchecked")
    void coordinatorBooksASeriesAtThePlannersRecommendedSlots() {
        signInAs("coordinator");
        Set<Long> withPlans = plans.findAll().stream().map(p -> p.getPatient().getId()).collect(Collectors.toSet());
        Patient patient = patients.search("", 0, 200).filter(p -> !withPlans.contains(p.getId()) && p.getHomeLocation() != null).reduce((a, b) -> b)
                .orElseThrow();
        UI.getCurrent().navigate(BookSeriesView.class);

        _setValue(_get(ComboBox.class, spec -> spec.withId("series-patient")), patient);
        Select<TreatmentProtocol> protocol = _get(Select.class, spec -> spec.withId("series-protocol"));
        _setValue(protocol, protocol.getListDataView().getItems()
                .filter(p -> p.getName().equals("PTSD initial series")).findFirst().orElseThrow());
        _click(_get(Button.class, spec -> spec.withId("find-slots")));

        Grid<InfusionVisit> slots = _get(Grid.class, spec -> spec.withId("series-slots"));
        assertThat(GridKt._size(slots)).isEqualTo(6);
        _click(_get(Button.class, spec -> spec.withId("confirm-series")));

        _assertOne(com.vaadin.flow.component.orderedlayout.VerticalLayout.class, spec -> spec.withId("patient-summary"));
        var plan = plans.findAll().stream().filter(p -> p.getPatient().getId().equals(patient.getId())).findFirst()
                .orElseThrow();
        var booked = visits.seriesOf(java.util.List.of(plan.getId()));
        assertThat(booked).hasSize(6).filteredOn(v -> v.getClinician() != null).isNotEmpty()
                .allSatisfy(v -> {
                    assertThat(v.isPinned()).isTrue();
                    assertThat(v.getPlannedStart()).isBetween(v.getEarliestStart(), v.getLatestStart());
                });
    }
}
