package care.rounds.visits.ui;

import care.rounds.base.ClinicTime;
import care.rounds.patients.Patient;
import care.rounds.visits.InfusionVisit;
import care.rounds.visits.VisitService;
import care.rounds.visits.VisitStatus;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;

import java.util.function.Consumer;

/**
 * One visit: when, where, who, and what the clinician needs at the door. The office may change the
 * status, the length and the pin; a clinician reads it.
 */
class VisitDetail extends VerticalLayout {

    final Select<VisitStatus> status = new Select<>();
    final IntegerField duration = new IntegerField("Visit length (minutes)");
    final Checkbox pinned = new Checkbox("Pinned: the planner keeps this visit where it is");
    final Button save = new Button("Save");
    final Button reschedule = new Button("Reschedule…");
    final Button cancel = new Button("Cancel visit…");

    private final ClinicTime time;
    private final FormLayout facts = new FormLayout();
    private final VisitHistory history;
    private InfusionVisit visit;

    /** What the office asked to change on the shown visit; each changed field goes through its own command. */
    record Edit(InfusionVisit visit, VisitStatus status, int minutes, boolean pinned) {
    }

    VisitDetail(ClinicTime time, boolean mayEdit, Consumer<Edit> onSave,
                Consumer<InfusionVisit> onReschedule, Consumer<InfusionVisit> onCancel) {
        this.time = time;
        this.history = new VisitHistory(time);
        setPadding(false);
        status.setLabel("Status");
        status.setItems(VisitStatus.values());
        status.setItemEnabledProvider(option -> visit == null || option == visit.getStatus()
                || VisitService.FIELD_STATUSES.contains(option));
        status.setHelperText("Cancel and reschedule have their own buttons, with a reason");
        status.setItemLabelGenerator(VisitStatus::label);
        duration.setMin(15);
        duration.setMax(480);
        duration.setStepButtonsVisible(true);
        duration.setStep(5);
        duration.setHelperText("From vitals to the end of monitoring");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("visit-save");
        save.addClickListener(e -> {
            Integer minutes = duration.getValue();
            if (minutes == null || minutes < 15 || minutes > 480) {
                duration.setInvalid(true);
                duration.setErrorMessage("Enter a length between 15 and 480 minutes.");
                return;
            }
            duration.setInvalid(false);
            if (status.getValue() == VisitStatus.CANCELLED && visit.getStatus() != VisitStatus.CANCELLED) {
                status.setInvalid(true);
                status.setErrorMessage("Use Cancel visit… to give the reason.");
                return;
            }
            status.setInvalid(false);
            onSave.accept(new Edit(visit, status.getValue(), minutes, pinned.getValue()));
        });
        facts.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(facts);
        if (mayEdit) {
            reschedule.setId("visit-reschedule");
            reschedule.addClickListener(e -> onReschedule.accept(visit));
            cancel.setId("visit-cancel");
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
            cancel.addClickListener(e -> onCancel.accept(visit));
            add(status, duration, pinned, new HorizontalLayout(save, reschedule, cancel), history);
        }
    }

    void show(InfusionVisit visit) {
        this.visit = visit;
        Patient patient = visit.getPlan().getPatient();
        facts.removeAll();
        fact("Patient", patient.getFullName());
        fact("Treatment", visit.getPlan().getProtocol().getName() + ", infusion " + visit.getSequenceNumber()
                + " of " + visit.getPlan().getProtocol().getInfusionCount());
        fact("Window", time.dateTime(visit.getEarliestStart()) + " to " + time.time(visit.getLatestStart())
                + " (start)");
        fact("Planned", visit.getPlannedStart() == null ? "Not planned yet"
                : time.dateTime(visit.getPlannedStart()) + " to " + time.time(visit.getPlannedEnd()));
        fact("Clinician", visit.getClinician() == null ? "Not assigned" : visit.getClinician().getDisplayName());
        fact("Patient was told", !visit.wasTold() ? "Nothing yet"
                : time.dateTime(visit.getToldStart()) + (visit.getToldClinician() == null ? ""
                : " with " + visit.getToldClinician().getDisplayName()) + (visit.getToldAt() == null ? "" : " (on " + time.date(time.inClinicZone(visit.getToldAt()).toLocalDate()) + ")"));
        fact("Address", patient.getHomeAddress());
        fact("Phone", patient.getPhone());
        fact("Responsible adult", patient.getResponsibleAdultName() == null ? "Not recorded"
                : patient.getResponsibleAdultName() + " " + nullToEmpty(patient.getResponsibleAdultPhone()));
        fact("Access notes", nullToEmpty(patient.getAccessNotes()));
        status.setValue(visit.getStatus());
        duration.setValue(visit.getDurationMinutes());
        pinned.setValue(visit.isPinned());
        status.setInvalid(false);
        boolean changeable = !visit.getStatus().isClosed() && !visit.getStatus().isStarted();
        reschedule.setEnabled(changeable);
        cancel.setEnabled(changeable);
        sections.forEach(section -> section.show(visit.getId()));
    }

    private final java.util.List<care.rounds.base.ui.DetailSection> sections = new java.util.ArrayList<>();

    /** A part another module adds below the visit (its messages), shown for each visit opened. */
    void addSection(care.rounds.base.ui.DetailSection section) {
        sections.add(section);
        add(section.component());
    }

    /** The office's changes to the shown visit. */
    void showHistory(java.util.List<care.rounds.visits.VisitChange> changes) {
        history.show(changes);
    }

    private void fact(String label, String value) {
        Span text = new Span(value == null || value.isBlank() ? "-" : value);
        facts.addFormItem(text, label);
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
