package care.rounds.dispatch.ui;

import care.rounds.patients.Patient;
import care.rounds.visits.InfusionVisit;
import care.rounds.visits.VisitStatus;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import java.util.List;
import java.util.function.Consumer;

/** The questions a status tap may ask first: skip a step?, is the responsible adult at home?, why done early? */
final class StatusDialogs {

    private StatusDialogs() {
    }

    static Dialog skip(long visitId, VisitStatus step, List<VisitStatus> skipped, Runnable confirmed) {
        String steps = String.join(" and ", skipped.stream().map(VisitStatus::label).toList());
        Dialog dialog = dialog("status-skip-dialog", "Skip " + steps + "?");
        dialog.add(new Paragraph("You tapped " + step.label() + ", but " + steps + (skipped.size() == 1 ? " is" : " are")
                + " not recorded yet. Skip " + (skipped.size() == 1 ? "it" : "them") + " and record " + step.label()
                + " now? The skip is kept in the visit's history."));
        Button yes = new Button("Skip and record " + step.label(), e -> {
            dialog.close();
            confirmed.run();
        });
        yes.setId("status-skip-confirm-" + visitId);
        footer(dialog, yes, "Go back");
        return dialog;
    }

    static Dialog responsibleAdult(InfusionVisit visit, VisitStatus step, Consumer<String> confirmed) {
        Patient patient = visit.getPlan().getPatient();
        String onFile = patient.responsibleAdultInWords();
        Dialog dialog = dialog("status-adult-dialog", "Responsible adult at home?");
        Button yes = new Button("Confirm and record " + step.label());
        yes.setId("status-adult-confirm-" + visit.getId());
        yes.setEnabled(false);
        if (onFile != null) {
            Checkbox present = new Checkbox(onFile + " is at home and stays until I leave");
            present.setId("status-adult-present-" + visit.getId());
            present.addValueChangeListener(e -> yes.setEnabled(e.getValue()));
            dialog.add(new Paragraph("The patient must not be left alone or drive today."), present);
            yes.addClickListener(e -> {
                dialog.close();
                confirmed.accept(onFile);
            });
        } else {
            TextField who = new TextField("Name and relation of the adult staying");
            who.setId("status-adult-name-" + visit.getId());
            who.setWidthFull();
            who.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.EAGER);
            who.addValueChangeListener(e -> yes.setEnabled(!e.getValue().isBlank()));
            dialog.add(new Paragraph("No responsible adult is on file: call the office, and do not start without an "
                    + "adult who stays until you leave."), who);
            yes.addClickListener(e -> {
                dialog.close();
                confirmed.accept(who.getValue().strip());
            });
        }
        footer(dialog, yes, "Not yet");
        return dialog;
    }

    static Dialog earlyDone(long visitId, String early, Consumer<String> confirmed) {
        Dialog dialog = dialog("status-early-done-dialog", "Done before the least monitoring?");
        TextArea reason = new TextArea("Why are you finishing now?");
        reason.setId("status-early-done-reason-" + visitId);
        reason.setWidthFull();
        reason.setMaxLength(500);
        reason.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.EAGER);
        dialog.add(new Paragraph(early + ". The office is told, with your reason."), reason);
        Button yes = new Button("Record Done", e -> {
            dialog.close();
            confirmed.accept(reason.getValue().strip());
        });
        yes.setId("status-early-done-confirm-" + visitId);
        yes.setEnabled(false);
        reason.addValueChangeListener(e -> yes.setEnabled(!e.getValue().isBlank()));
        footer(dialog, yes, "Keep monitoring");
        return dialog;
    }

    private static Dialog dialog(String id, String title) {
        Dialog dialog = new Dialog();
        dialog.setId(id);
        dialog.setHeaderTitle(title);
        dialog.setMaxWidth("24rem");
        return dialog;
    }

    private static void footer(Dialog dialog, Button yes, String no) {
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button back = new Button(no, e -> dialog.close());
        dialog.getFooter().add(back, yes);
    }
}
