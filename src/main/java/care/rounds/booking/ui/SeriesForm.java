package care.rounds.booking.ui;

import care.rounds.booking.SeriesRequest;
import care.rounds.clinicians.Clinician;
import care.rounds.patients.Patient;
import care.rounds.plans.TreatmentProtocol;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.timepicker.TimePicker;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the coordinator asks for. Each field says what is missing next to it.
 */
class SeriesForm extends FormLayout {

    final ComboBox<Patient> patient = new ComboBox<>("Patient");
    final Select<TreatmentProtocol> protocol = new Select<>();
    final DatePicker start = new DatePicker("First infusion on or after");
    final CheckboxGroup<DayOfWeek> weekdays = new CheckboxGroup<>("Days the patient can do");
    final TimePicker from = new TimePicker("Available from");
    final TimePicker until = new TimePicker("Available until");
    final ComboBox<Clinician> preferred = new ComboBox<>("Preferred clinician (optional)");

    SeriesForm(List<TreatmentProtocol> protocols, List<Clinician> clinicians, LocalDate today) {
        patient.setItemLabelGenerator(p -> p.getFullName() + " (" + p.getPhone() + ")");
        patient.setPlaceholder("Search by name");
        patient.setId("series-patient");
        protocol.setLabel("Protocol");
        protocol.setItems(protocols);
        protocol.setItemLabelGenerator(p -> p.getName() + " (" + p.getInfusionCount() + " infusions)");
        protocol.setId("series-protocol");
        start.setValue(today.plusDays(1));
        start.setMin(today);
        weekdays.setItems(DayOfWeek.values());
        weekdays.setItemLabelGenerator(d -> d.getDisplayName(TextStyle.SHORT, Locale.US));
        weekdays.setValue(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
        for (TimePicker picker : new TimePicker[]{from, until}) {
            picker.setStep(Duration.ofMinutes(30));
        }
        from.setValue(LocalTime.of(9, 0));
        until.setValue(LocalTime.of(15, 0));
        until.setHelperText("The visit, with monitoring, must end by then");
        preferred.setItems(clinicians);
        preferred.setItemLabelGenerator(Clinician::getDisplayName);
        preferred.setClearButtonVisible(true);
        add(patient, protocol, start, weekdays, from, until, preferred);
        setColspan(weekdays, 2);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("500px", 2));
    }

    /** The request, or empty after marking what is missing. */
    Optional<SeriesRequest> request() {
        boolean ok = require(patient.getValue() != null, patient, "Choose the patient.")
                & require(protocol.getValue() != null, protocol, "Choose the protocol the physician ordered.")
                & require(start.getValue() != null, start, "Choose the earliest day for the first infusion.")
                & require(!weekdays.getValue().isEmpty(), weekdays, "Choose at least one day.")
                & require(from.getValue() != null && until.getValue() != null
                && until.getValue().isAfter(from.getValue()), until, "End the hours after they start.");
        if (!ok) {
            return Optional.empty();
        }
        return Optional.of(new SeriesRequest(patient.getValue().getId(), protocol.getValue().getId(), start.getValue(),
                weekdays.getValue(), from.getValue(), until.getValue(),
                preferred.getValue() == null ? null : preferred.getValue().getId()));
    }

    private static boolean require(boolean condition, com.vaadin.flow.component.HasValidation field, String message) {
        field.setInvalid(!condition);
        field.setErrorMessage(condition ? null : message);
        return condition;
    }
}
