package care.rounds.intake.ui;

import care.rounds.base.ui.Notices;
import care.rounds.intake.Consultation;
import care.rounds.intake.ConsultationCalendar;
import care.rounds.intake.ConsultationOutcome;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * Records what the consultation concluded, with the clinician's notes.
 */
class OutcomeDialog extends Dialog {

    final RadioButtonGroup<ConsultationOutcome> outcome = new RadioButtonGroup<>("Outcome");
    final TextArea notes = new TextArea("Notes");

    OutcomeDialog(ConsultationCalendar calendar, Consultation consultation, Runnable onRecorded) {
        setHeaderTitle("Consultation outcome");
        outcome.setItems(ConsultationOutcome.values());
        outcome.setItemLabelGenerator(ConsultationOutcome::label);
        outcome.setValue(consultation.getOutcome());
        notes.setMaxLength(4000);
        notes.setWidth("28em");
        notes.setValue(consultation.getNotes() == null ? "" : consultation.getNotes());
        add(outcome, notes);
        Button save = new Button("Save outcome", e -> {
            if (outcome.getValue() == null) {
                outcome.setInvalid(true);
                outcome.setErrorMessage("Choose the outcome.");
                return;
            }
            calendar.recordOutcome(consultation.getId(), outcome.getValue(), notes.getValue());
            Notices.saved("Outcome recorded: " + outcome.getValue().label() + ".");
            close();
            onRecorded.run();
        });
        save.setId("save-outcome");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), save);
    }
}
