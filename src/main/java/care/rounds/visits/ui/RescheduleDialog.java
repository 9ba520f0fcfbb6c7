package care.rounds.visits.ui;

import care.rounds.base.ClinicTime;
import care.rounds.clinicians.Clinician;
import care.rounds.visits.ClinicalRuleBroken;
import care.rounds.visits.InfusionVisit;
import com.vaadin.flow.component.checkbox.Checkbox;
import care.rounds.visits.VisitChanges;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.timepicker.TimePicker;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * Gives a visit another day and window (the planner then places it) or a clinician and a start
 * (pinned there), with a reason. A clinician and a time are checked against the clinic's rules: a legal or
 * safety rule refuses the change, naming it; a timing rule offers an exception for the reason given.
 */
class RescheduleDialog extends ReasonDialog {

    static final String NEW_WINDOW = "Another day or window";
    static final String CLINICIAN_AND_TIME = "A clinician and a time";

    final RadioButtonGroup<String> mode = new RadioButtonGroup<>("Move to");
    final DatePicker day = new DatePicker("Day");
    final TimePicker from = new TimePicker("Can start from");
    final TimePicker until = new TimePicker("Must start by");
    final ComboBox<Clinician> clinician = new ComboBox<>("Clinician");
    final TimePicker start = new TimePicker("Start");
    final Checkbox timingException = new Checkbox("Make a timing exception: the patient and the clinician agreed to it");

    private final VisitChanges changes;
    private final ClinicTime time;
    private final InfusionVisit visit;

    RescheduleDialog(VisitChanges changes, List<Clinician> staff, ClinicTime time, InfusionVisit visit,
                     Runnable onDone) {
        super("Reschedule visit", "Reschedule", false, onDone);
        this.changes = changes;
        this.time = time;
        this.visit = visit;
        mode.setItems(NEW_WINDOW, CLINICIAN_AND_TIME);
        mode.setValue(NEW_WINDOW);
        day.setId("reschedule-day");
        day.setValue(time.inClinicZone(visit.getEarliestStart()).toLocalDate());
        from.setValue(time.inClinicZone(visit.getEarliestStart()).toLocalTime());
        until.setValue(time.inClinicZone(visit.getLatestStart()).toLocalTime());
        from.setStep(Duration.ofMinutes(15));
        until.setStep(Duration.ofMinutes(15));
        start.setStep(Duration.ofMinutes(15));
        clinician.setItems(staff);
        clinician.setItemLabelGenerator(Clinician::getDisplayName);
        if (visit.getClinician() != null) {
            staff.stream().filter(c -> c.getId().equals(visit.getClinician().getId())).findFirst()
                    .ifPresent(clinician::setValue);
        }
        start.setValue(visit.getPlannedStart() == null ? from.getValue()
                : time.inClinicZone(visit.getPlannedStart()).toLocalTime());
        mode.addValueChangeListener(e -> showMode());
        timingException.setId("reschedule-timing-exception");
        timingException.setVisible(false);
        content.add(mode, day, from, until, clinician, start, timingException);
        finishLayout();
        showMode();
    }

    private boolean byClinician() {
        return CLINICIAN_AND_TIME.equals(mode.getValue());
    }

    private void showMode() {
        from.setVisible(!byClinician());
        until.setVisible(!byClinician());
        clinician.setVisible(byClinician());
        start.setVisible(byClinician());
    }

    @Override
    boolean validFields() {
        boolean valid = require(day.getValue() != null, day, "Pick a day.");
        if (byClinician()) {
            valid &= require(clinician.getValue() != null, clinician, "Pick a clinician.");
            valid &= require(start.getValue() != null, start, "Pick a start time.");
        } else {
            valid &= require(from.getValue() != null, from, "Pick the earliest start.");
            valid &= require(until.getValue() != null && from.getValue() != null
                    && !until.getValue().isBefore(from.getValue()), until, "Must be at or after the earliest start.");
        }
        if (valid && at(byClinician() ? start.getValue() : until.getValue()).isBefore(time.now())) {
            valid = require(false, day, "This is in the past: pick a later day or time.");
        }
        return valid;
    }

    private static boolean require(boolean ok, com.vaadin.flow.component.HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(!ok);
        return ok;
    }

    private Instant at(LocalTime clock) {
        LocalDate chosen = day.getValue();
        return chosen.atTime(clock).atZone(time.zone()).toInstant();
    }

    @Override
    void apply(String reason) {
        if (byClinician()) {
            try {
                changes.move(visit.getId(), visit.getVersion(), clinician.getValue().getId(), at(start.getValue()),
                        reason, java.util.List.of(), timingException.getValue());
            } catch (ClinicalRuleBroken refused) {
                // a timing rule may be excepted with the reason given; a legal or safety rule may not
                timingException.setVisible(refused.exceptionPossible());
                throw refused;
            }
        } else {
            changes.reschedule(visit.getId(), visit.getVersion(), at(from.getValue()), at(until.getValue()), reason);
        }
    }
}
