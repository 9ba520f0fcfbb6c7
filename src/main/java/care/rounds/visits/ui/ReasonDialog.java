package care.rounds.visits.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * A change to a visit that needs a reason: the fields of the change, the reason, and a confirm
 * button. Problems show in place; after a conflict the dialog stays open with what the user typed.
 */
abstract class ReasonDialog extends Dialog {

    static final String CONFLICT = "Someone else changed this visit; reload to see their change. "
            + "What you typed is still here.";

    final TextArea reason = new TextArea("Reason");
    final Button confirm;
    final Span problem = new Span();
    final VerticalLayout content = new VerticalLayout();
    private final Runnable onDone;

    ReasonDialog(String title, String confirmText, boolean destructive, Runnable onDone) {
        this.onDone = onDone;
        setHeaderTitle(title);
        reason.setId("change-reason");
        reason.setRequiredIndicatorVisible(true);
        reason.setMaxLength(500);
        reason.setWidthFull();
        reason.setHelperText("Kept in the visit's history");
        problem.setId("change-problem");
        problem.getStyle().set("color", "var(--lumo-error-text-color)");
        problem.setVisible(false);
        confirm = new Button(confirmText, e -> submit());
        confirm.setId("change-confirm");
        confirm.addThemeVariants(destructive ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_PRIMARY);
        if (destructive) {
            confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        Button back = new Button("Back", e -> close());
        content.setPadding(false);
        content.setWidth("28rem");
        add(content);
        getFooter().add(back, confirm);
    }

    /** Adds the reason and the problem line below the change's own fields. */
    void finishLayout() {
        content.add(reason, problem);
    }

    /** Marks the change's own fields invalid in place; true if they are fine. */
    abstract boolean validFields();

    abstract void apply(String reason);

    void submit() {
        boolean valid = validFields();
        if (reason.getValue() == null || reason.getValue().isBlank()) {
            reason.setInvalid(true);
            reason.setErrorMessage("Give a reason: it is kept in the visit's history.");
            valid = false;
        } else {
            reason.setInvalid(false);
        }
        if (!valid) {
            return;
        }
        try {
            apply(reason.getValue());
            close();
            onDone.run();
        } catch (ObjectOptimisticLockingFailureException conflict) {
            showProblem(CONFLICT);
        } catch (IllegalArgumentException | IllegalStateException refused) {
            showProblem(refused.getMessage());
        }
    }

    private void showProblem(String text) {
        problem.setText(text);
        problem.setVisible(true);
    }
}
