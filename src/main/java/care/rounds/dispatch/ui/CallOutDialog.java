package care.rounds.dispatch.ui;

import care.rounds.base.ClinicTime;
import care.rounds.clinicians.Clinician;
import care.rounds.dispatch.DayOfEvents;
import care.rounds.dispatch.DayOfOutcome;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.timepicker.TimePicker;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.function.Supplier;

/** A clinician cannot work from a time to the end of their day (sick, car broke down). */
class CallOutDialog extends ReplanDialog {

    final ComboBox<Clinician> clinician = new ComboBox<>("Clinician");
    final TimePicker from = new TimePicker("Unavailable from");

    private final DayOfEvents events;
    private final ClinicTime time;
    private final LocalDate day;

    CallOutDialog(DayOfEvents events, List<Clinician> working, ClinicTime time, LocalDate day, Runnable onReplanned) {
        super("Clinician called out", "Record and re-plan", time, onReplanned);
        this.events = events;
        this.time = time;
        this.day = day;
        clinician.setId("call-out-clinician");
        clinician.setItems(working);
        clinician.setItemLabelGenerator(Clinician::getDisplayName);
        clinician.setRequiredIndicatorVisible(true);
        clinician.setWidthFull();
        from.setId("call-out-from");
        from.setStep(Duration.ofMinutes(15));
        from.setValue(day.equals(time.today()) ? roundedUp(time.inClinicZone(time.now()).toLocalTime())
                : LocalTime.of(8, 0));
        form.add(clinician, from);
        finishForm(true, "e.g. sick, car broke down");
    }

    private static LocalTime roundedUp(LocalTime now) {
        LocalTime minute = now.withSecond(0).withNano(0);
        int over = minute.getMinute() % 15;
        return over == 0 || minute.isAfter(LocalTime.of(23, 44)) ? minute : minute.plusMinutes(15 - over);
    }

    @Override
    boolean validFields() {
        boolean valid = true;
        clinician.setInvalid(clinician.getValue() == null);
        clinician.setErrorMessage("Pick the clinician who called out.");
        valid &= clinician.getValue() != null;
        from.setInvalid(from.getValue() == null);
        from.setErrorMessage("When are they unavailable from?");
        return valid & from.getValue() != null;
    }

    @Override
    Supplier<DayOfOutcome> event() {
        long clinicianId = clinician.getValue().getId();
        Instant at = day.atTime(from.getValue()).atZone(time.zone()).toInstant();
        String why = reason.getValue();
        return () -> events.callOut(clinicianId, at, why);
    }
}
