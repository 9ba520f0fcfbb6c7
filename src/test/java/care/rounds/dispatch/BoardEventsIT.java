package care.rounds.dispatch;

import care.rounds.DemoDays;
import care.rounds.KaribuTest;
import care.rounds.base.ClinicTime;
import care.rounds.base.ui.map.RoundsMap;
import care.rounds.base.ui.map.StopClickEvent;
import care.rounds.base.ui.timeline.RoundsTimeline;
import care.rounds.clinicians.Clinician;
import care.rounds.clinicians.ClinicianService;
import care.rounds.dispatch.ui.BoardView;
import care.rounds.visits.PatientToCall;
import com.vaadin.flow.component.html.H3;
import care.rounds.planning.MoveOutcome;
import care.rounds.planning.MovePreview;
import care.rounds.planning.SchedulePlanner;
import care.rounds.security.CurrentUser;
import care.rounds.visits.BrokenRule;
import care.rounds.visits.ClinicalRules;
import care.rounds.visits.InfusionVisit;
import care.rounds.visits.Placement;
import care.rounds.visits.VisitChangeKind;
import care.rounds.visits.VisitChanges;
import care.rounds.visits.VisitService;
import care.rounds.visits.VisitStatus;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.timepicker.TimePicker;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** Manual control and day-of events on the board, against a planned day of the demo clinic. */
class BoardEventsIT extends KaribuTest {

    private static LocalDate day;

    @Autowired
    SchedulePlanner planner;
    @Autowired
    VisitService visits;
    @Autowired
    VisitChanges changes;
    @Autowired
    MovePreview movePreview;
    @Autowired
    ClinicianService clinicians;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    ClinicTime time;
    @Autowired
    ClinicalRules rules;

    @BeforeEach
    void planTheBusiestDayOnce() {
        signInAs("coordinator");
        if (day == null) {
            day = IntStream.range(1, 14).mapToObj(i -> time.today().plusDays(i))
                    .max(Comparator.comparingLong(
                            d -> visits.inHorizon(time.startOf(d), time.startOf(d.plusDays(1))).size()))
                    .orElseThrow();
            planner.planAndWait(day, 1);
        }
        assertThat(DemoDays.plannedOn(visits, time, day)).as("the day is planned").hasSizeGreaterThan(3);
    }

    @Test
    void pinAndUnpinPersist() {
        InfusionVisit visit = DemoDays.plannedOn(visits, time, day).stream().filter(v -> !v.isPinned()).findFirst().orElseThrow();
        openBoard();
        select(visit);
        Button pin = _get(Button.class, spec -> spec.withId("visit-pin"));
        assertThat(pin.getText()).isEqualTo("Pin");
        _click(pin);
        assertThat(visits.find(visit.getId()).orElseThrow().isPinned()).isTrue();
        assertThat(pin.getText()).as("the board shows the pinned visit").isEqualTo("Unpin");
        assertThat(_get(RoundsTimeline.class, spec -> spec.withId("board-timeline")).getItems().stream()
                .filter(i -> i.id().equals("visit-" + visit.getId())).findFirst().orElseThrow().cssClass())
                .as("a pin on its timeline bar").endsWith(" pinned");
        _click(pin);
        assertThat(visits.find(visit.getId()).orElseThrow().isPinned()).isFalse();
        assertThat(changes.history(visit.getId()).stream().map(c -> c.getKind()).toList())
                .as("newest first; other tests may have changed this visit before")
                .startsWith(VisitChangeKind.UNPINNED, VisitChangeKind.PINNED);
    }

    @Test
    void movingAVisitOutsideItsWindowShowsAWorseScoreAndNamesTheRule() {
        // a visit of the day and a start after its window that breaks only the window (not overlap, working
        // hours or supervision, which would refuse the move): which one depends on how the day was planned
        TooLate tooLateMove = DemoDays.plannedOn(visits, time, day).stream()
                .flatMap(v -> IntStream.rangeClosed(1, 3).mapToObj(hours -> new TooLate(v,
                        time.inClinicZone(v.getLatestStart()).toLocalTime().plusHours(hours).withMinute(0))))
                .filter(this::breaksOnlyTheWindow).findFirst().orElseThrow();
        InfusionVisit visit = tooLateMove.visit();
        Instant windowEarliest = visit.getEarliestStart();
        Instant windowLatest = visit.getLatestStart();
        Clinician clinician = visit.getClinician();
        Instant plannedStart = visit.getPlannedStart();
        try {
            openBoard();
            select(visit);
            _click(_get(Button.class, spec -> spec.withId("visit-move")));
            LocalTime tooLate = tooLateMove.start();
            _setValue(_get(TimePicker.class, spec -> spec.withId("move-start")), tooLate);

            assertThat(_get(Span.class, spec -> spec.withId("move-score")).getText())
                    .as("in the clinic's words, no raw score").contains("With the move:").containsPattern("rules? broken").contains("Infusion starts inside its window")
                    .doesNotContain("hard").doesNotContain("soft");
            assertThat(_get(Div.class, spec -> spec.withId("move-warnings")).getElement().getTextRecursively())
                    .contains("Outside the patient's window");
            Button confirm = _get(Button.class, spec -> spec.withId("move-confirm"));
            assertThat(confirm.getText()).as("a timing rule: an exception with a reason, never 'anyway'")
                    .isEqualTo("Move as a timing exception and pin");

            _click(confirm);
            assertThat(_get(TextArea.class, spec -> spec.withId("move-reason")).isInvalid()).isTrue();
            _setValue(_get(TextArea.class, spec -> spec.withId("move-reason")), "Patient asked for later");
            _click(confirm);
            InfusionVisit moved = visits.find(visit.getId()).orElseThrow();
            assertThat(moved.isPinned()).isTrue();
            assertThat(moved.getClinician().getId()).isEqualTo(clinician.getId());
            assertThat(time.inClinicZone(moved.getPlannedStart()).toLocalTime()).isAfterOrEqualTo(tooLate);
            assertThat(changes.history(visit.getId()).get(0).getKind()).isEqualTo(VisitChangeKind.MOVED);
            assertThat(changes.history(visit.getId()).get(0).getReason()).startsWith("Patient asked for later")
                    .contains("timing exception").contains("Outside the patient's window");
            assertThat(moved.getTimingException()).contains("Exception: Patient asked for later");
        } finally {
            fixtures().putBack(visit);
        }
    }

    private record TooLate(InfusionVisit visit, LocalTime start) {
    }

    private boolean breaksOnlyTheWindow(TooLate move) {
        List<BrokenRule> broken = rules.check(List.of(new Placement(move.visit().getId(),
                move.visit().getClinician().getId(), day.atTime(move.start()).atZone(time.zone()).toInstant()))).broken();
        return !broken.isEmpty() && broken.stream().allMatch(BrokenRule::timing);
    }

    @Test
    void placingAnUnassignedVisitBackWhereItWasImprovesTheScore() {
        InfusionVisit visit = DemoDays.plannedOn(visits, time, day).get(0);
        Clinician clinician = visit.getClinician();
        Instant start = visit.getPlannedStart();
        fixtures().takeOffRoute(visit.getId());
        try {
            MoveOutcome outcome = movePreview.preview(visit.getId(), clinician.getId(), start);
            assertThat(outcome.possible()).isTrue();
            assertThat(outcome.change()).isEqualTo(MoveOutcome.Change.BETTER);
            assertThat(outcome.warnings()).isEmpty();
            assertThat(outcome.start()).isEqualTo(start);
        } finally {
            fixtures().putBack(visit);
        }
    }

    @Test
    void aCallOutReplansTheDayKeepsStartedVisitsAndListsThePatientsToCall() throws InterruptedException {
        signInAs("clinician");
        long loginClinician = currentUser.require().clinicianId();
        signInAs("coordinator");
        Map<Long, List<InfusionVisit>> byClinician = DemoDays.plannedOn(visits, time, day).stream()
                .filter(v -> v.getClinician().getId() != loginClinician)
                .collect(Collectors.groupingBy(v -> v.getClinician().getId()));
        List<InfusionVisit> route = byClinician.values().stream().max(Comparator.comparingInt(List::size))
                .orElseThrow();
        assertThat(route).hasSizeGreaterThanOrEqualTo(2);
        Clinician calledOut = route.get(0).getClinician();
        InfusionVisit started = visits.recordStatus(route.get(0).getId(), VisitStatus.INFUSING);
        List<Long> toMove = route.subList(1, route.size()).stream().map(InfusionVisit::getId).toList();
        List<InfusionVisit> ofDay = DemoDays.plannedOn(visits, time, day);
        ofDay.forEach(v -> fixtures().told(v.getId()));
        try {
            openBoard();
            _click(_get(Button.class, spec -> spec.withId("event-call-out")));
            @SuppressWarnings("unchecked")
            ComboBox<Clinician> who = _get(ComboBox.class, spec -> spec.withId("call-out-clinician"));
            _setValue(who, who.getListDataView().getItems().filter(c -> c.getId().equals(calledOut.getId()))
                    .findFirst().orElseThrow());
            _setValue(_get(TimePicker.class, spec -> spec.withId("call-out-from")), LocalTime.of(6, 0));
            _setValue(_get(TextArea.class, spec -> spec.withId("event-reason")), "Sick");
            _click(_get(Button.class, spec -> spec.withId("event-confirm")));
            assertThat(_get(com.vaadin.flow.component.orderedlayout.VerticalLayout.class,
                    spec -> spec.withId("event-working")).isVisible()).as("progress while re-planning").isTrue();

            Grid<PatientToCall> toCall = waitForPatientsToCall();

            InfusionVisit kept = visits.find(started.getId()).orElseThrow();
            assertThat(kept.getClinician().getId()).as("a started visit stays").isEqualTo(calledOut.getId());
            assertThat(kept.getPlannedStart()).isEqualTo(started.getPlannedStart());
            for (long id : toMove) {
                InfusionVisit after = visits.find(id).orElseThrow();
                assertThat(after.getClinician() == null || !after.getClinician().getId().equals(calledOut.getId()))
                        .as("visit %s left the called-out clinician's route", id).isTrue();
            }
            List<PatientToCall> rows = IntStream.range(0, GridKt._size(toCall)).mapToObj(i -> GridKt._get(toCall, i))
                    .toList();
            assertThat(rows.stream().map(PatientToCall::visitId)).containsAll(toMove).doesNotContain(started.getId());
            rows.stream().filter(r -> toMove.contains(r.visitId())).forEach(r -> {
                assertThat(r.toldClinician()).isEqualTo(calledOut.getDisplayName());
                assertThat(r.patientPhone()).isNotBlank();
            });
            long placedElsewhere = toMove.stream().map(id -> visits.find(id).orElseThrow())
                    .filter(v -> v.getClinician() != null).count();
            assertThat(rows.stream().filter(r -> !toMove.contains(r.visitId())).count())
                    .as("patients who were not the called-out clinician's move only to make room for hers")
                    .isLessThanOrEqualTo(placedElsewhere);
            assertThat(_get(H3.class, spec -> spec.withId("call-list-title")).getText())
                    .as("the board's call list").startsWith("Patients to call (" + rows.size() + ")");
        } finally {
            fixtures().putBack(route.get(0));
            ofDay.forEach(v -> fixtures().toldNothing(v.getId()));
            signInAs("manager");
            Clinician roster = clinicians.find(calledOut.getId()).orElseThrow();
            roster.getTimeOff().stream().filter(off -> "Sick".equals(off.getReason())).toList()
                    .forEach(roster::removeTimeOff);
            clinicians.save(roster);
            signInAs("coordinator");
            planner.planAndWait(day, 1);
        }
    }

    @SuppressWarnings("unchecked")
    private static Grid<PatientToCall> waitForPatientsToCall() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (true) {
            MockVaadin.clientRoundtrip();
            var found = _find(Grid.class, spec -> spec.withId("event-patients-to-call"));
            if (!found.isEmpty()) {
                return found.get(0);
            }
            assertThat(_find(Span.class, spec -> spec.withId("event-problem")).stream()
                    .filter(Span::isVisible).map(Span::getText)).as("no problem shown").isEmpty();
            assertThat(System.nanoTime()).as("waited 90 s for the re-plan").isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    private void openBoard() {
        UI.getCurrent().navigate(BoardView.class);
        _setValue(_get(DatePicker.class, spec -> spec.withId("board-day")), day);
    }

    private static void select(InfusionVisit visit) {
        RoundsMap map = _get(RoundsMap.class, spec -> spec.withId("board-map"));
        ComponentUtil.fireEvent(map, new StopClickEvent(map, true, "visit-" + visit.getId()));
        assertThat(_get(Span.class, spec -> spec.withId("selected-visit")).getText())
                .startsWith(visit.getPlan().getPatient().getFullName());
    }

}
