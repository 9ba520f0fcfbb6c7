package care.rounds.dispatch.ui;

import care.rounds.base.ClinicTime;
import care.rounds.dispatch.DayOfEvents;
import care.rounds.dispatch.DayOfOutcome;
import care.rounds.visits.InfusionVisit;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;

import java.util.function.Supplier;

/** The visit runs N minutes long: it ends later, stays pinned, and the clinician's later arrivals move. */
class RunningLateDialog extends ReplanDialog {

    final IntegerField minutes = new IntegerField("Minutes late");

    private final DayOfEvents events;
    private final InfusionVisit visit;

    RunningLateDialog(DayOfEvents events, ClinicTime time, InfusionVisit visit, Runnable onReplanned) {
        super("Running late", "Record and re-plan", time, onReplanned);
        this.events = events;
        this.visit = visit;
        minutes.setId("late-minutes");
        minutes.setValue(15);
        minutes.setMin(5);
        minutes.setMax(480 - visit.getDurationMinutes());
        minutes.setStep(5);
        minutes.setStepButtonsVisible(true);
        form.add(new Paragraph(visit.getClinician().getDisplayName() + " is at "
                + visit.getPlan().getPatient().getFullName() + "'s until " + time.time(visit.getPlannedEnd())
                + " as planned."), minutes);
        finishForm(false, "e.g. the patient needed longer monitoring");
    }

    @Override
    boolean validFields() {
        Integer value = minutes.getValue();
        boolean valid = value != null && value >= 5 && value <= 480 - visit.getDurationMinutes();
        minutes.setInvalid(!valid);
        minutes.setErrorMessage("Enter between 5 and " + (480 - visit.getDurationMinutes()) + " minutes.");
        return valid;
    }

    @Override
    Supplier<DayOfOutcome> event() {
        int late = minutes.getValue();
        long id = visit.getId();
        long version = visit.getVersion();
        String why = reason.getValue();
        return () -> events.runningLate(id, version, late, why);
    }
}
