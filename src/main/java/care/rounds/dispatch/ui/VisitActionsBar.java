package care.rounds.dispatch.ui;

import care.rounds.base.ClinicTime;
import care.rounds.base.ui.Notices;
import care.rounds.clinicians.Clinician;
import care.rounds.dispatch.DayOfEvents;
import care.rounds.planning.MovePreview;
import care.rounds.visits.InfusionVisit;
import care.rounds.visits.VisitChanges;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

/**
 * What the dispatcher can do with the selected visit: pin or unpin it, move it by hand, take it off
 * the route (cancelled, not home), or let it run late.
 */
class VisitActionsBar extends HorizontalLayout {

    final Button pin = new Button("Pin");
    final Button move = new Button("Move…");
    final Button cancel = new Button("Cancel / not home…");
    final Button late = new Button("Running late…");
    private final Span selected = new Span("Select a visit on the timeline, the map or a list.");
    private final VisitChanges changes;
    private final Runnable onChanged;
    private InfusionVisit visit;

    VisitActionsBar(VisitChanges changes, DayOfEvents events, MovePreview preview, ClinicTime time,
                    Supplier<List<Clinician>> staff, Supplier<LocalDate> day, Runnable onChanged) {
        this.changes = changes;
        this.onChanged = onChanged;
        pin.setId("visit-pin");
        pin.addClickListener(e -> togglePin());
        move.setId("visit-move");
        move.addClickListener(e -> new MoveDialog(preview, staff.get(), time, visit, day.get(), this::moved).open());
        cancel.setId("visit-cancel");
        cancel.addClickListener(e -> new CancelOrNotHomeDialog(events, time, visit, onChanged).open());
        late.setId("visit-late");
        late.addClickListener(e -> new RunningLateDialog(events, time, visit, onChanged).open());
        selected.setId("selected-visit");
        add(selected, pin, move, cancel, late);
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        setWrap(true);
        show(null, time);
    }

    /** The selected visit, or none. */
    void show(InfusionVisit selectedVisit, ClinicTime time) {
        this.visit = selectedVisit;
        boolean any = visit != null;
        boolean closed = any && visit.getStatus().isClosed();
        boolean placed = any && visit.getClinician() != null && visit.getPlannedStart() != null;
        boolean started = any && visit.getStatus().isStarted();
        selected.setText(!any ? "Select a visit on the timeline, the map or a list."
                : visit.getPlan().getPatient().getFullName() + (placed ? ", " + time.time(visit.getPlannedStart())
                + " with " + visit.getClinician().getFullName() : ", unassigned")
                + (visit.isPinned() ? " (pinned)" : ""));
        pin.setText(any && visit.isPinned() ? "Unpin" : "Pin");
        pin.setEnabled(placed && !closed);
        move.setEnabled(any && !closed && !started);
        cancel.setEnabled(any && !closed);
        late.setEnabled(placed && !closed);
    }

    private void togglePin() {
        try {
            changes.pin(visit.getId(), visit.getVersion(), !visit.isPinned());
            Notices.saved(visit.isPinned() ? "Unpinned: the planner may move this visit."
                    : "Pinned: the planner keeps this visit where it is.");
            onChanged.run();
        } catch (ObjectOptimisticLockingFailureException conflict) {
            Notices.problem("Someone else changed this visit; reload to see their change.");
        } catch (IllegalStateException refused) {
            Notices.problem(refused.getMessage());
        }
    }

    private void moved() {
        Notices.saved("Moved and pinned.");
        onChanged.run();
    }
}
