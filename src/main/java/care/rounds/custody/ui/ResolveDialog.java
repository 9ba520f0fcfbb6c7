package care.rounds.custody.ui;

import care.rounds.base.ui.Notices;
import care.rounds.custody.CustodyRecord;
import care.rounds.custody.CustodyRefused;
import care.rounds.custody.Discrepancy;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

/** The manager resolves one discrepancy with a reason; the resolution is a new ledger entry. */
class ResolveDialog extends Dialog {

    ResolveDialog(CustodyRecord record, Discrepancy discrepancy, Runnable after) {
        setHeaderTitle("Resolve: " + discrepancy.kind().title());
        setId("resolve-dialog");
        setWidth("min(32rem, 95vw)");
        TextArea reason = new TextArea("Reason");
        reason.setId("resolve-reason");
        reason.setWidthFull();
        reason.setMaxLength(500);
        reason.setHelperText("What happened and what was done, e.g. \"Kit returned next morning, 40 mg counted "
                + "with the manager\". Kept in the custody record; it cannot be edited later.");
        Paragraph problem = new Paragraph();
        problem.getStyle().set("color", "var(--lumo-error-text-color)");
        add(new Paragraph(discrepancy.description()), reason, problem);
        Button save = new Button("Resolve", e -> {
            try {
                record.resolve(discrepancy, reason.getValue());
                close();
                Notices.saved("Resolved with your reason.");
                after.run();
            } catch (CustodyRefused refused) {
                problem.setText(refused.getMessage());
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("resolve-save");
        getFooter().add(new Button("Cancel", e -> close()), save);
    }
}
