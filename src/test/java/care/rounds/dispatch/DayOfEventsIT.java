package care.rounds.dispatch;

import care.rounds.DemoDays;
import care.rounds.KaribuTest;
import care.rounds.base.ClinicTime;
import care.rounds.base.ui.map.RoundsMap;
import care.rounds.base.ui.map.StopClickEvent;
import care.rounds.clinicians.Clinician;
import care.rounds.dispatch.ui.BoardView;
import care.rounds.visits.PatientToCall;
import care.rounds.patients.Patient;
import care.rounds.patients.PatientService;
import care.rounds.planning.SchedulePlanner;
import care.rounds.visits.InfusionVisit;
import care.rounds.visits.VisitChanges;
import care.rounds.visits.VisitService;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** Running late and an urgent visit on the board: each re-plans the day and lists the patients to call. */
class DayOfEventsIT extends KaribuTest {

    @Autowired
    care.rounds.booking.SeriesBooking booking;

    @Autowired
    SchedulePlanner planner;
    @Autowired
    VisitService visits;
    @Autowired
    VisitChanges changes;
    @Autowired
    PatientService patients;
    @Autowired
    ClinicTime time;
    @Autowired
    DayOfEvents events;
    @Autowired
    care.rounds.planning.PlanningSettings planning;

    @Test
    void aVisitRunningLateEndsLaterStaysAndTheClinicianLaterArrivalsMove() throws InterruptedException {
        signInAs("coordinator");
        LocalDate day = IntStream.range(1, 14).mapToObj(i -> time.today().plusDays(i))
                .max(Comparator.comparingLong(
                        d -> visits.inHorizon(time.startOf(d), time.startOf(d.plusDays(1))).size()))
                .orElseThrow();
        if (DemoDays.plannedOn(visits, time, day).size() < 4) {
            planner.planAndWait(day, 1);
        }
        Map<Long, List<InfusionVisit>> routes = DemoDays.plannedOn(visits, time, day).stream()
                .collect(Collectors.groupingBy(v -> v.getClinician().getId()));
        List<InfusionVisit> route = routes.values().stream().max(Comparator.comparingInt(List::size)).orElseThrow();
        InfusionVisit late = route.get(0);
        InfusionVisit next = route.get(1);
        route.forEach(v -> fixtures().told(v.getId()));
        Clinician clinician = late.getClinician();
        // late enough that the next arrival cannot stay where it is
        int minutes = (int) Math.min(480 - late.getDurationMinutes(),
                Math.max(30, Duration.between(late.getPlannedEnd(), next.getPlannedStart()).toMinutes() + 30));
        try {
            UI.getCurrent().navigate(BoardView.class);
            _setValue(_get(DatePicker.class, spec -> spec.withId("board-day")), day);
            RoundsMap map = _get(RoundsMap.class, spec -> spec.withId("board-map"));
            ComponentUtil.fireEvent(map, new StopClickEvent(map, true, "visit-" + late.getId()));
            _click(_get(Button.class, spec -> spec.withId("visit-late")));
            _setValue(_get(IntegerField.class, spec -> spec.withId("late-minutes")), minutes);
            _click(_get(Button.class, spec -> spec.withId("event-confirm")));
            List<PatientToCall> rows = patientsToCall();

            InfusionVisit after = visits.find(late.getId()).orElseThrow();
            assertThat(after.getPlannedStart()).isEqualTo(late.getPlannedStart());
            assertThat(after.getPlannedEnd()).isEqualTo(late.getPlannedEnd().plus(Duration.ofMinutes(minutes)));
            assertThat(after.getClinician().getId()).isEqualTo(clinician.getId());
            assertThat(after.isPinned()).isTrue();
            InfusionVisit nextAfter = visits.find(next.getId()).orElseThrow();
            if (nextAfter.getClinician() != null && nextAfter.getClinician().getId().equals(clinician.getId())) {
                assertThat(nextAfter.getPlannedStart()).as("the next arrival waits for the late visit")
                        .isAfterOrEqualTo(after.getPlannedEnd());
            }
            boolean nextChanged = nextAfter.getClinician() == null
                    || !nextAfter.getClinician().getId().equals(clinician.getId())
                    || !Objects.equals(nextAfter.getPlannedStart(), next.getPlannedStart());
            assertThat(nextChanged).as("the next visit of the route moved").isTrue();
            assertThat(rows.stream().map(PatientToCall::visitId)).as("the next patient was told a time that moved")
                    .contains(next.getId()).doesNotContain(late.getId());
        } finally {
            fixtures().putBack(late);
            route.forEach(v -> fixtures().toldNothing(v.getId()));
        }
    }

    @Test
    void anUrgentVisitTodayGetsAOneInfusionPlanAndIsFittedIn() throws InterruptedException {
        signInAs("coordinator");
        // the dialog offers the single infusion; a few minutes' margin for the test's own run
        LocalTime soon = time.inClinicZone(time.now()).toLocalTime().plusMinutes(5);
        int minutes = events.urgentTreatments().stream().filter(p -> p.getName().equals("Single infusion"))
                .findFirst().orElseThrow().getFirstVisitMinutes();
        Assumptions.assumeTrue(soon.isAfter(LocalTime.of(0, 5)) && DayOfEvents.tooLateToday(soon,
                planning.frozen(), Duration.ofMinutes(minutes)).isEmpty(),
                "an urgent visit still fits in today");
        Patient patient = patients.search("", 0, 100).filter(p -> p.getHomeLocation() != null)
                .filter(p -> booking.latestOrderOf(p.getId()).isPresent()) // given under the order on file
                .filter(p -> visitsOfToday().stream().noneMatch(v -> v.getPlan().getPatient().getId().equals(p.getId())))
                .findFirst().orElseThrow();
        UI.getCurrent().navigate(BoardView.class);
        _click(_get(Button.class, spec -> spec.withId("event-urgent")));
        @SuppressWarnings("unchecked")
        ComboBox<Patient> who = _get(ComboBox.class, spec -> spec.withId("urgent-patient"));
        _setValue(who, patient);
        _click(_get(Button.class, spec -> spec.withId("event-confirm")));
        List<PatientToCall> rows = patientsToCall();

        InfusionVisit urgent = visitsOfToday().stream()
                .filter(v -> v.getPlan().getPatient().getId().equals(patient.getId())).findFirst().orElseThrow();
        try {
            assertThat(urgent.getPlan().getProtocol().getInfusionCount()).isEqualTo(1);
            assertThat(urgent.getEarliestStart()).isAfterOrEqualTo(time.now().minus(Duration.ofMinutes(15)));
            assertThat(time.inClinicZone(urgent.getLatestStart()).toLocalDate()).isEqualTo(time.today());
            assertThat(rows.stream().map(PatientToCall::visitId)).as("the urgent patient was told nothing yet")
                    .doesNotContain(urgent.getId());
        } finally {
            changes.cancel(urgent.getId(), visits.find(urgent.getId()).orElseThrow().getVersion(), "Test done");
        }
    }

    private List<InfusionVisit> visitsOfToday() {
        LocalDate today = time.today();
        return visits.inHorizon(time.startOf(today), time.startOf(today.plusDays(1)));
    }

    @SuppressWarnings("unchecked")
    private static List<PatientToCall> patientsToCall() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (true) {
            MockVaadin.clientRoundtrip();
            var found = _find(Grid.class, spec -> spec.withId("event-patients-to-call"));
            if (!found.isEmpty()) {
                Grid<PatientToCall> grid = found.get(0);
                return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i)).toList();
            }
            assertThat(_find(Span.class, spec -> spec.withId("event-problem")).stream()
                    .filter(Span::isVisible).map(Span::getText)).as("no problem shown").isEmpty();
            assertThat(System.nanoTime()).as("waited 90 s for the re-plan").isLessThan(deadline);
            Thread.sleep(200);
        }
    }
}
