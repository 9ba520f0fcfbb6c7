package care.rounds.visits;

import care.rounds.KaribuTest;
import care.rounds.base.ClinicTime;
import care.rounds.clinicians.Clinician;
import care.rounds.clinicians.ClinicianService;
import care.rounds.dispatch.DispatchService;
import care.rounds.visits.ui.VisitsView;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.timepicker.TimePicker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** Cancel and reschedule from the visits screen: a reason is required, recorded, and shown in the history. */
class VisitChangesIT extends KaribuTest {

    @Autowired
    VisitRepository repository;
    @Autowired
    VisitChanges changes;
    @Autowired
    VisitChangeRepository changeLog;
    @Autowired
    ClinicianService clinicians;
    @Autowired
    DispatchService dispatch;
    @Autowired
    ClinicTime time;

    private InfusionVisit visit;
    private Instant originalEarliest;
    private Instant originalLatest;

    @BeforeEach
    void planOneVisit() {
        signInAs("coordinator");
        Clinician clinician = clinicians.active().get(clinicians.active().size() - 1);
        // the earliest open visit of the first plan: shown on the first page of the visits list
        visit = repository.findAll().stream()
                .filter(v -> v.getStatus() == VisitStatus.UNSCHEDULED || v.getStatus() == VisitStatus.SCHEDULED)
                .filter(v -> v.getEarliestStart().isAfter(time.now()))
                .min(Comparator.comparing(InfusionVisit::getEarliestStart)).orElseThrow();
        originalEarliest = visit.getEarliestStart();
        originalLatest = visit.getLatestStart();
        visit.assign(clinician, visit.getEarliestStart());
        visit = repository.saveAndFlush(visit);
        // what other tests' bookings did to this visit (pushed later, say) is not this test's history
        changeLog.deleteAll(changeLog.findByVisitIdOrderByChangedAtDescIdDesc(visit.getId()));
    }

    @AfterEach
    void reopenIt() {
        InfusionVisit back = repository.findById(visit.getId()).orElseThrow();
        back.setStatus(VisitStatus.UNSCHEDULED);
        back.unassign();
        back.setPinned(false);
        back.setWindow(originalEarliest, originalLatest);
        repository.saveAndFlush(back);
        changeLog.deleteAll(changeLog.findByVisitIdOrderByChangedAtDescIdDesc(visit.getId()));
    }

    @Test
    void cancellingNeedsAReasonRecordsItAndTakesTheVisitOffTheRoute() {
        openVisit();
        _click(_get(Button.class, spec -> spec.withId("visit-cancel")));
        _click(_get(Button.class, spec -> spec.withId("change-confirm")));
        TextArea reason = _get(TextArea.class, spec -> spec.withId("change-reason"));
        assertThat(reason.isInvalid()).as("no reason given").isTrue();
        assertThat(repository.findById(visit.getId()).orElseThrow().getStatus()).isEqualTo(VisitStatus.SCHEDULED);

        _setValue(reason, "Patient has a fever");
        _click(_get(Button.class, spec -> spec.withId("change-confirm")));

        InfusionVisit cancelled = repository.findById(visit.getId()).orElseThrow();
        assertThat(cancelled.getStatus()).isEqualTo(VisitStatus.CANCELLED);
        assertThat(cancelled.getClinician()).isNull();
        assertThat(cancelled.getPlannedStart()).isNull();
        List<VisitChange> history = changes.history(visit.getId());
        assertThat(history).hasSize(1);
        assertThat(history.get(0).getKind()).isEqualTo(VisitChangeKind.CANCELLED);
        assertThat(history.get(0).getReason()).isEqualTo("Patient has a fever");
        assertThat(history.get(0).getChangedBy()).isEqualTo("coordinator");
        LocalDate day = time.inClinicZone(originalEarliest).toLocalDate();
        var board = dispatch.board(day);
        assertThat(board.routes().stream().flatMap(r -> r.stops().stream()).map(InfusionVisit::getId))
                .doesNotContain(visit.getId());
        assertThat(board.unassigned().stream().map(u -> u.visit().getId())).doesNotContain(visit.getId());
        assertThat(_get(com.vaadin.flow.component.orderedlayout.VerticalLayout.class,
                spec -> spec.withId("visit-history")).getElement().getTextRecursively())
                .contains("Cancelled").contains("Reason: Patient has a fever");
    }

    @Test
    void reschedulingToAnotherWindowRecordsTheChangeAndLeavesItToThePlanner() {
        openVisit();
        _click(_get(Button.class, spec -> spec.withId("visit-reschedule")));
        LocalDate nextDay = time.inClinicZone(originalEarliest).toLocalDate().plusDays(1);
        _setValue(_get(DatePicker.class, spec -> spec.withId("reschedule-day")), nextDay);
        _setValue(_get(TimePicker.class, spec -> spec.withLabel("Can start from")), LocalTime.of(13, 0));
        _setValue(_get(TimePicker.class, spec -> spec.withLabel("Must start by")), LocalTime.of(15, 0));
        _setValue(_get(TextArea.class, spec -> spec.withId("change-reason")), "Asked for the next afternoon");
        _click(_get(Button.class, spec -> spec.withId("change-confirm")));

        InfusionVisit moved = repository.findById(visit.getId()).orElseThrow();
        assertThat(moved.getEarliestStart()).isEqualTo(nextDay.atTime(13, 0).atZone(time.zone()).toInstant());
        assertThat(moved.getLatestStart()).isEqualTo(nextDay.atTime(15, 0).atZone(time.zone()).toInstant());
        assertThat(moved.getClinician()).as("off the route until the planner places it").isNull();
        assertThat(moved.getStatus()).isEqualTo(VisitStatus.UNSCHEDULED);
        VisitChange change = changes.history(visit.getId()).get(0);
        assertThat(change.getKind()).isEqualTo(VisitChangeKind.RESCHEDULED);
        assertThat(change.getReason()).isEqualTo("Asked for the next afternoon");
        assertThat(change.getWhat()).contains("→").contains("1:00 PM-3:00 PM");
    }

    @Test
    void aConflictSaysSoAndKeepsWhatTheUserTyped() {
        openVisit();
        int entriesBefore = changes.history(visit.getId()).size();
        _click(_get(Button.class, spec -> spec.withId("visit-cancel")));
        // a colleague changes the visit meanwhile
        InfusionVisit elsewhere = repository.findById(visit.getId()).orElseThrow();
        elsewhere.setDurationMinutes(elsewhere.getDurationMinutes() + 5);
        repository.saveAndFlush(elsewhere);

        TextArea reason = _get(TextArea.class, spec -> spec.withId("change-reason"));
        _setValue(reason, "Patient travels");
        _click(_get(Button.class, spec -> spec.withId("change-confirm")));

        assertThat(_get(Span.class, spec -> spec.withId("change-problem")).getText())
                .startsWith("Someone else changed this visit; reload to see their change");
        assertThat(_get(Dialog.class).isOpened()).isTrue();
        assertThat(reason.getValue()).isEqualTo("Patient travels");
        assertThat(repository.findById(visit.getId()).orElseThrow().getStatus()).isEqualTo(VisitStatus.SCHEDULED);
        assertThat(changes.history(visit.getId())).as("nothing recorded").hasSize(entriesBefore);
    }

    @SuppressWarnings("unchecked")
    private void openVisit() {
        UI.getCurrent().navigate(VisitsView.class);
        Grid<InfusionVisit> grid = _get(Grid.class, spec -> spec.withId("visits-grid"));
        InfusionVisit row = java.util.stream.IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i))
                .filter(v -> v.getId().equals(visit.getId())).findFirst().orElseThrow();
        grid.select(row);
        assertThat(_find(Button.class, spec -> spec.withId("visit-cancel"))).hasSize(1);
    }
}
