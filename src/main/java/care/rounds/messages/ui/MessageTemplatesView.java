package care.rounds.messages.ui;

import care.rounds.base.ClinicTime;
import care.rounds.base.ui.ListDetailLayout;
import care.rounds.base.ui.Notices;
import care.rounds.messages.MessageTemplate;
import care.rounds.messages.MessageTemplates;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * The manager's messages to patients: which are sent, and their wording by email and by text, with a
 * preview as a patient would read it.
 */
@Route("message-templates")
@PageTitle("Messages to patients | Rounds")
@Menu(order = 3.6, icon = "vaadin:envelopes", title = "Messages to patients")
@RolesAllowed("MANAGER")
public class MessageTemplatesView extends ListDetailLayout {

    private final MessageTemplates templates;
    private final ClinicTime time;
    private final Grid<MessageTemplate> grid = new Grid<>();
    private final TemplateForm form;

    public MessageTemplatesView(MessageTemplates templates, ClinicTime time) {
        super("Select a message to switch it on or off, or to change its wording.");
        this.templates = templates;
        this.time = time;
        this.form = new TemplateForm(templates, this::save, this::close);
        grid.setId("message-templates-grid");
        grid.addColumn(t -> t.getType().label()).setHeader("Message").setAutoWidth(true);
        grid.addColumn(t -> t.isEnabled() ? "Sent" : "Switched off").setHeader("Status").setAutoWidth(true);
        grid.addColumn(t -> t.getUpdatedAt() == null ? "The clinic's default wording"
                        : "Changed " + time.dateTime(t.getUpdatedAt()) + " by " + t.getUpdatedBy())
                .setHeader("Wording").setFlexGrow(1);
        grid.setSizeFull();
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                open(e.getValue());
            }
        });
        setList(new com.vaadin.flow.component.html.Span(
                "Messages carry only first names, times and the clinic's phone: never treatment."), grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(templates.all());
    }

    private void open(MessageTemplate template) {
        form.edit(template);
        showDetail(template.getType().label(), form);
    }

    private void save(TemplateForm.Edit edit) {
        try {
            MessageTemplate saved = templates.save(edit.type(), edit.enabled(), edit.subject(), edit.emailBody(),
                    edit.textBody());
            Notices.saved("Saved the " + saved.getType().label().toLowerCase() + ".");
            refresh();
            form.edit(saved);
        } catch (IllegalArgumentException invalid) {
            form.showProblem(invalid.getMessage());
        } catch (ObjectOptimisticLockingFailureException conflict) {
            Notices.problem("Someone else changed this message; reload to see their change.");
        }
    }

    private void close() {
        grid.asSingleSelect().clear();
        showEmpty();
    }
}
