package care.rounds.dispatch.ui;

import care.rounds.dispatch.DayPlan;
import care.rounds.planning.PlanningProgress;
import care.rounds.planning.SchedulePlanner;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;

import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

import java.time.LocalDate;
import java.util.function.Supplier;

/**
 * Optimize and Stop for the shown day. Every board open on that day hears the run's progress (score,
 * assigned, unassigned) as the planner finds better plans, pushed to the browser, and reloads the day
 * when the plan is saved.
 */
class OptimizeBar extends HorizontalLayout {

    private final SchedulePlanner planner;
    private final Supplier<LocalDate> day;
    private final Runnable onSaved;
    private final Button optimize = new Button("Optimize");
    private final Button stop = new Button("Stop");
    private final ProgressBar working = new ProgressBar();
    private final Span status = new Span();
    private Runnable stopListening = () -> { };
    private LocalDate shownDay;

    OptimizeBar(SchedulePlanner planner, Supplier<LocalDate> day, Runnable onSaved) {
        this.planner = planner;
        this.day = day;
        this.onSaved = onSaved;
        optimize.setId("optimize");
        optimize.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        optimize.addClickListener(e -> {
            planner.plan(day.get(), 1, "Optimize on the board");
            status.setText("Optimizing…");
            showRunning(true);
        });
        stop.setId("stop-optimizing");
        stop.addClickListener(e -> planner.stop(DayPlan.horizonOf(day.get())));
        working.setIndeterminate(true);
        working.setWidth("8em");
        status.setId("optimize-status");
        add(optimize, stop, working, status);
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        dayChanged();
    }

    /** The board shows another day: show whether that day is being planned. */
    void dayChanged() {
        if (!day.get().equals(shownDay)) {
            shownDay = day.get();
            status.setText("");
        }
        showRunning(planner.isPlanning(DayPlan.horizonOf(day.get())));
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        UI ui = attachEvent.getUI();
        // Progress arrives on the planner's thread: reload the day as the user who opened the board.
        SecurityContext user = SecurityContextHolder.getContext();
        stopListening = planner.onProgress(progress -> {
            try {
                ui.access(new DelegatingSecurityContextRunnable(() -> show(progress), user)::run);
            } catch (UIDetachedException e) {
                // The board was closed meanwhile; onDetach removes this listener.
            }
        });
        dayChanged();
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        stopListening.run();
        super.onDetach(detachEvent);
    }

    void show(PlanningProgress progress) {
        if (!progress.horizon().equals(DayPlan.horizonOf(day.get()))) {
            return;
        }
        status.setText(progress.inWords());
        showRunning(!progress.finished());
        if (progress.finished()) {
            onSaved.run();
        }
    }

    private void showRunning(boolean running) {
        optimize.setEnabled(!running);
        stop.setEnabled(running);
        working.setVisible(running);
    }
}
