package care.rounds.dispatch.ui;

import care.rounds.base.ClinicTime;
import care.rounds.dispatch.DayOfOutcome;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextArea;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * A day-of event as a dialog: the event's fields and reason; on confirm the event is recorded and
 * the rest of the day re-planned in the background (a progress bar meanwhile), then the patients to
 * call are listed. A problem shows in place and keeps what the user typed.
 */
abstract class ReplanDialog extends Dialog {

    static final String CONFLICT = "Someone else changed this visit; reload to see their change. "
            + "What you typed is still here.";
    private static final Logger log = LoggerFactory.getLogger(ReplanDialog.class);

    final VerticalLayout form = new VerticalLayout();
    final TextArea reason = new TextArea("Reason");
    final Button confirm;
    private final Span problem = new Span();
    private final VerticalLayout working = new VerticalLayout();
    private final VerticalLayout result = new VerticalLayout();
    private final Button back = new Button("Back", e -> close());
    private final Button done = new Button("Done", e -> close());
    private final ClinicTime time;
    private final Runnable onReplanned;

    ReplanDialog(String title, String confirmText, ClinicTime time, Runnable onReplanned) {
        this.time = time;
        this.onReplanned = onReplanned;
        setHeaderTitle(title);
        setCloseOnOutsideClick(false);
        reason.setId("event-reason");
        reason.setMaxLength(500);
        reason.setWidthFull();
        problem.setId("event-problem");
        problem.getStyle().set("color", "var(--lumo-error-text-color)");
        problem.setVisible(false);
        form.setPadding(false);
        form.setWidth("30rem");
        ProgressBar bar = new ProgressBar();
        bar.setIndeterminate(true);
        working.add(new Paragraph("Re-planning the rest of the day; visits already started stay where they "
                + "are. This takes up to 10 seconds."), bar);
        working.setId("event-working");
        working.setPadding(false);
        working.setWidth("30rem");
        working.setVisible(false);
        result.setPadding(false);
        result.setVisible(false);
        confirm = new Button(confirmText, e -> submit());
        confirm.setId("event-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        done.setId("event-done");
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        done.setVisible(false);
        add(form, working, result);
        getFooter().add(back, confirm, done);
    }

    /** Adds the reason and the problem line under the event's own fields. */
    void finishForm(boolean reasonRequired, String reasonHint) {
        reason.setRequiredIndicatorVisible(reasonRequired);
        reason.setPlaceholder(reasonHint);
        form.add(reason, problem);
    }

    /** Marks the event's fields invalid in place; true when they are fine. */
    abstract boolean validFields();

    /** The event with the values the user entered, read now on the UI thread, run later in the background. */
    abstract Supplier<DayOfOutcome> event();

    boolean requiresReason() {
        return reason.isRequiredIndicatorVisible();
    }

    void submit() {
        boolean valid = validFields();
        if (requiresReason() && reason.getValue().isBlank()) {
            reason.setInvalid(true);
            reason.setErrorMessage("Give a reason: it is kept with the change.");
            valid = false;
        } else {
            reason.setInvalid(false);
        }
        if (!valid) {
            return;
        }
        Supplier<DayOfOutcome> event = event();
        UI ui = UI.getCurrent();
        SecurityContext user = SecurityContextHolder.getContext();
        showWorking(true);
        CompletableFuture.runAsync(new DelegatingSecurityContextRunnable(() -> {
            try {
                DayOfOutcome outcome = event.get();
                later(ui, user, () -> showOutcome(outcome));
            } catch (ObjectOptimisticLockingFailureException conflict) {
                later(ui, user, () -> showProblem(CONFLICT));
            } catch (IllegalArgumentException | IllegalStateException refused) {
                later(ui, user, () -> showProblem(refused.getMessage()));
            } catch (RuntimeException failed) {
                log.error("A day-of event failed", failed);
                later(ui, user, () -> showProblem("The day could not be re-planned. Try again, or press Optimize."));
            }
        }, user));
    }

    private static void later(UI ui, SecurityContext user, Runnable command) {
        try {
            ui.access(new DelegatingSecurityContextRunnable(command, user)::run);
        } catch (UIDetachedException closed) {
            // the board was closed meanwhile; the event is recorded and the day re-planned all the same
        }
    }

    private void showWorking(boolean busy) {
        form.setVisible(!busy);
        working.setVisible(busy);
        confirm.setEnabled(!busy);
        back.setEnabled(!busy);
    }

    private void showProblem(String text) {
        showWorking(false);
        problem.setText(text);
        problem.setVisible(true);
    }

    private void showOutcome(DayOfOutcome outcome) {
        working.setVisible(false);
        confirm.setVisible(false);
        back.setVisible(false);
        done.setVisible(true);
        String summary = outcome.progress() == null ? "Re-planned."
                : "Re-planned: " + outcome.progress().figures().inWords() + ".";
        Paragraph what = new Paragraph(summary + (outcome.patientsToCall().isEmpty() ? ""
                : " Call these patients: their visit is no longer what they were told. Tick them off on the board's"
                + " call list."));
        what.setId("event-summary");
        CallListGrid patients = new CallListGrid(time, outcome.patientsToCall(), null);
        patients.setId("event-patients-to-call");
        patients.setWidth("48rem");
        result.add(what, patients);
        result.setVisible(true);
        onReplanned.run();
    }
}
