package care.rounds.dispatch;

import care.rounds.KaribuTest;
import care.rounds.base.ClinicTime;
import care.rounds.base.ui.NoAccessView;
import care.rounds.base.ui.map.MapRoute;
import care.rounds.base.ui.map.MapStop;
import care.rounds.base.ui.map.RoundsMap;
import care.rounds.base.ui.map.StopClickEvent;
import care.rounds.base.ui.map.StopKind;
import care.rounds.base.ui.timeline.RoundsTimeline;
import care.rounds.clinicians.Clinician;
import care.rounds.dispatch.ui.BoardView;
import care.rounds.planning.SchedulePlanner;
import care.rounds.visits.InfusionVisit;
import care.rounds.visits.VisitService;
import care.rounds.visits.VisitStatus;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.ComponentUtil;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The coordinator's board against a real plan of the demo clinic. */
class BoardViewIT extends KaribuTest {

    private static boolean planned;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient auditRecord;

    private long opened(String action, String username, long subjectId) {
        return auditRecord.sql("select count(*) from audit_entry where action = ? and username = ? and subject_id = ?")
                .param(action).param(username).param(subjectId).query(Long.class).single();
    }

    @Autowired
    SchedulePlanner planner;
    @Autowired
    VisitService visits;
    @Autowired
    DispatchService dispatch;
    @Autowired
    ClinicTime time;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @BeforeEach
    void planTheDemoClinicOnce() {
        if (!planned) {
            signInAs("coordinator");
            planner.planAndWait(time.today(), 21);
            planned = true;
        }
    }

    @Test
    void eachClinicianRouteIsDrawnInPlannedOrderFromHomeBase() {
        LocalDate day = busiestDay();
        openBoard(day);
        RoundsMap map = _get(RoundsMap.class, spec -> spec.withId("board-map"));
        Map<Long, List<InfusionVisit>> expected = plannedOn(day).stream()
                .collect(Collectors.groupingBy(v -> v.getClinician().getId()));
        assertThat(expected).isNotEmpty();

        List<MapStop> visitStops = map.getStops().stream().filter(s -> s.kind() == StopKind.VISIT).toList();
        assertThat(visitStops).hasSize(expected.values().stream().mapToInt(List::size).sum());
        expected.forEach((clinicianId, ofClinician) -> {
            Clinician clinician = ofClinician.get(0).getClinician();
            List<InfusionVisit> inOrder = ofClinician.stream()
                    .sorted(Comparator.comparing(InfusionVisit::getPlannedStart)).toList();
            MapRoute route = map.getRoutes().stream().filter(r -> r.id().equals("route-" + clinician.getId()))
                    .findFirst().orElseThrow();
            assertThat(route.polyline().size()).as("drawn along the roads").isGreaterThan(inOrder.size() + 2);
            assertThat(route.polyline().get(0).distanceMetersTo(clinician.getHomeBase())).isLessThan(500);
            MapStop home = stop(map, "home-" + clinician.getId());
            assertThat(home.kind()).isEqualTo(StopKind.HOME_BASE);
            for (int i = 0; i < inOrder.size(); i++) {
                MapStop stop = stop(map, "visit-" + inOrder.get(i).getId());
                assertThat(stop.number()).isEqualTo(i + 1);
                assertThat(stop.colorCss()).isEqualTo(route.colorCss()).isEqualTo(home.colorCss());
                assertThat(stop.point()).isEqualTo(inOrder.get(i).getPlan().getPatient().getHomeLocation());
            }
        });
        RoundsTimeline timeline = _get(RoundsTimeline.class, spec -> spec.withId("board-timeline"));
        assertThat(timeline.getItems().stream().filter(i -> i.id().startsWith("visit-")).count())
                .isEqualTo(visitStops.size());
    }

    @Test
    void unassignedVisitsOfTheDayAreListedWithAReasonAndOnTheMap() {
        LocalDate day = busiestDay();
        signInAs("coordinator");
        InfusionVisit taken = plannedOn(day).get(0);
        Clinician clinician = taken.getClinician();
        java.time.Instant start = taken.getPlannedStart();
        fixtures().takeOffRoute(taken.getId());
        try {
            openBoard(day);
            @SuppressWarnings("unchecked")
            Grid<UnassignedVisit> grid = _get(Grid.class, spec -> spec.withId("unassigned-grid"));
            List<Long> listed = java.util.stream.IntStream.range(0, GridKt._size(grid))
                    .mapToObj(i -> GridKt._get(grid, i).visit().getId()).toList();
            List<Long> expected = dispatch.board(day).unassigned().stream().map(u -> u.visit().getId()).toList();
            assertThat(listed).contains(taken.getId()).containsExactlyInAnyOrderElementsOf(expected);
            assertThat(listed).allSatisfy(id -> assertThat(visits.find(id).orElseThrow().getClinician()).isNull());
            assertThat(GridKt._get(grid, listed.indexOf(taken.getId())).reason()).isNotBlank();
            RoundsMap map = _get(RoundsMap.class, spec -> spec.withId("board-map"));
            assertThat(stop(map, "visit-" + taken.getId()).kind()).isEqualTo(StopKind.UNASSIGNED);
        } finally {
            fixtures().place(taken.getId(), clinician, start);
        }
    }

    @Test
    void selectingAStopOnTheMapSelectsItOnTheTimelineAndInTheList() {
        LocalDate day = busiestDay();
        openBoard(day);
        InfusionVisit visit = plannedOn(day).get(0);
        RoundsMap map = _get(RoundsMap.class, spec -> spec.withId("board-map"));
        long before = opened("OPENED_VISIT", "coordinator", visit.getId());
        ComponentUtil.fireEvent(map, new StopClickEvent(map, true, "visit-" + visit.getId()));
        assertThat(opened("OPENED_VISIT", "coordinator", visit.getId()))
                .as("the audit record says the coordinator opened this visit").isEqualTo(before + 1);

        RoundsTimeline timeline = _get(RoundsTimeline.class, spec -> spec.withId("board-timeline"));
        assertThat(timeline.getSelectedItem()).contains("visit-" + visit.getId());
        @SuppressWarnings("unchecked")
        Grid<InfusionVisit> list = _get(Grid.class, spec -> spec.withId("day-visits-grid"));
        assertThat(list.asSingleSelect().getValue().getId()).isEqualTo(visit.getId());
    }

    @Test
    void optimizeShowsTheRunLiveAndStopSavesTheBestPlanSoFar() throws InterruptedException {
        LocalDate day = busiestDay();
        List<care.rounds.planning.PlanningProgress> heard = new java.util.concurrent.CopyOnWriteArrayList<>();
        Runnable stopListening = planner.onProgress(heard::add);
        try {
            openBoard(day);
            Button optimize = _get(Button.class, spec -> spec.withId("optimize"));
            Button stop = _get(Button.class, spec -> spec.withId("stop-optimizing"));
            assertThat(stop.isEnabled()).isFalse();
            _click(optimize);
            assertThat(optimize.isEnabled()).isFalse();
            assertThat(stop.isEnabled()).isTrue();
            waitFor(() -> !heard.isEmpty());
            Component figureBefore = dayFigures().getChildren().findFirst().orElseThrow();
            _click(stop);
            waitFor(() -> heard.stream().anyMatch(p -> p.finished() && p.horizon().equals(DayPlan.horizonOf(day))));
            // Pushed from the planner's thread, where nobody is signed in.
            var signedIn = SecurityContextHolder.getContext();
            SecurityContextHolder.clearContext();
            try {
                MockVaadin.clientRoundtrip();
            } finally {
                SecurityContextHolder.setContext(signedIn);
            }

            assertThat(_get(Span.class, spec -> spec.withId("optimize-status")).getText()).startsWith("Saved. ")
                    .contains("visits placed").contains("on the road").contains("to call").doesNotContain("Score");
            assertThat(dayFigures().getChildren().findFirst().orElseThrow()).as("the day was reloaded")
                    .isNotSameAs(figureBefore);
            assertThat(optimize.isEnabled()).isTrue();
            assertThat(stop.isEnabled()).isFalse();
        } finally {
            stopListening.run();
        }
    }

    private static HorizontalLayout dayFigures() {
        return _get(HorizontalLayout.class, spec -> spec.withId("day-figures"));
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 60 s").isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    @Test
    void theDayInTheAddressOpensThatDay() {
        LocalDate day = busiestDay();
        signInAs("coordinator");
        UI.getCurrent().navigate("board", QueryParameters.of("day", day.toString()));

        assertThat(_get(DatePicker.class, spec -> spec.withId("board-day")).getValue()).isEqualTo(day);
        RoundsTimeline timeline = _get(RoundsTimeline.class, spec -> spec.withId("board-timeline"));
        assertThat(timeline.getItems().stream().filter(i -> i.id().startsWith("visit-")).count())
                .isEqualTo(plannedOn(day).size()).isPositive();
    }

    @Test
    void aDayInTheAddressThatIsNotADateOpensTodayAndSaysSo() {
        signInAs("coordinator");
        NotificationsKt.clearNotifications();
        UI.getCurrent().navigate("board", QueryParameters.of("day", "next tuesday"));

        assertThat(_get(DatePicker.class, spec -> spec.withId("board-day")).getValue()).isEqualTo(time.today());
        assertThat(NotificationsKt.getNotifications()).extracting(n -> n.getElement().getProperty("text", ""))
                .anySatisfy(text -> assertThat(text).contains("\"next tuesday\"").contains("Showing today"));
    }

    @Test
    void aClinicianCannotOpenTheBoard() {
        signInAs("clinician");
        UI.getCurrent().navigate(BoardView.class);
        assertThat(_find(BoardView.class)).isEmpty();
        _assertOne(NoAccessView.class);
        assertThatThrownBy(() -> dispatch.board(time.today())).isInstanceOf(AccessDeniedException.class);
    }

    /**
     * What a restart leaves: the planner keeps nothing in memory, so a run's record and a visit's
     * explanation written to the database (as by a run before the restart) are what the board shows.
     */
    @Test
    void theLastRunAndTheExplanationsComeFromTheDatabaseAndSurviveARestart() {
        signInAs("coordinator");
        InfusionVisit waiting = visits.inHorizon(time.startOf(time.today().plusDays(1)),
                        time.startOf(time.today().plusDays(60))).stream()
                .filter(v -> !v.getStatus().isClosed() && !v.getStatus().isStarted() && !v.isPinned())
                .reduce((a, b) -> b).orElseThrow();
        InfusionVisit original = waiting;
        LocalDate itsDay = time.inClinicZone(waiting.getEarliestStart()).toLocalDate();
        fixtures().takeOffRoute(waiting.getId());
        Long runId = jdbc.queryForObject("""
                insert into planner_run (started_by, trigger_text, first_day, day_count, queued_at, started_at, ended_at,
                    state, visits_planned, visits_unassigned, visits_moved, patients_to_call, drive_minutes, rules_broken,
                    summary)
                values ('coordinator', 'Optimize on the board', ?, 1, ?, ?, ?, 'SAVED', 9, 1, 2, 1, 95, 0,
                    '9 visits placed, 1 unassigned, 1 h 35 min on the road, 1 patient to call, no rule broken, 2 visits moved')
                returning id""", Long.class, itsDay, clinicNow(), clinicNow(), clinicNow());
        jdbc.update("""
                insert into visit_explanation (visit_id, planner_run_id, sentence, explained_at) values (?, ?, ?, ?)
                on conflict (visit_id) do update set planner_run_id = excluded.planner_run_id, sentence = excluded.sentence
                """, waiting.getId(), runId, "No clinician with a dose kit left is free in the window.", clinicNow());
        try {
            openBoard(itsDay);
            assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withId("last-run")).getText())
                    .contains("run " + runId).contains("Optimize on the board")
                    .contains("1 h 35 min on the road, 1 patient to call");
            @SuppressWarnings("unchecked")
            Grid<UnassignedVisit> grid = _get(Grid.class, spec -> spec.withId("unassigned-grid"));
            List<UnassignedVisit> rows = java.util.stream.IntStream.range(0, GridKt._size(grid))
                    .mapToObj(i -> GridKt._get(grid, i)).toList();
            assertThat(rows).filteredOn(u -> u.visit().getId().equals(waiting.getId())).singleElement()
                    .extracting(UnassignedVisit::reason).isEqualTo("No clinician with a dose kit left is free in the window.");
        } finally {
            fixtures().putBack(original);
        }
    }

    /** The clinic's clock, not the database's: the newest run is the one saved last by it. */
    private java.sql.Timestamp clinicNow() {
        return java.sql.Timestamp.from(time.now());
    }

    private void openBoard(LocalDate day) {
        signInAs("coordinator");
        UI.getCurrent().navigate(BoardView.class);
        _setValue(_get(DatePicker.class, spec -> spec.withId("board-day")), day);
    }

    private static MapStop stop(RoundsMap map, String id) {
        return map.getStops().stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no stop " + id));
    }

    private List<InfusionVisit> plannedOn(LocalDate day) {
        return visits.inHorizon(time.startOf(day),
                        time.startOf(day.plusDays(1))).stream()
                .filter(v -> v.getClinician() != null && v.getPlannedStart() != null
                        && time.inClinicZone(v.getPlannedStart()).toLocalDate().equals(day)
                        && v.getStatus() != VisitStatus.CANCELLED && v.getStatus() != VisitStatus.NOT_HOME)
                .sorted(Comparator.comparing(InfusionVisit::getPlannedStart)).toList();
    }

    private LocalDate busiestDay() {
        return java.util.stream.IntStream.range(0, 21).mapToObj(i -> time.today().plusDays(i))
                .max(Comparator.comparingInt(d -> plannedOn(d).size())).orElseThrow();
    }
}
