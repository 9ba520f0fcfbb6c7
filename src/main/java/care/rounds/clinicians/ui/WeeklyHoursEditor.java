package care.rounds.clinicians.ui;

import care.rounds.clinicians.Clinician;
import care.rounds.clinicians.WeeklyHours;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.timepicker.TimePicker;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * The clinician's working hours, one row per weekday, in the clinic's time zone.
 */
class WeeklyHoursEditor extends VerticalLayout {

    private record Row(Checkbox works, TimePicker from, TimePicker until) {
    }

    private final Map<DayOfWeek, Row> rows = new EnumMap<>(DayOfWeek.class);

    WeeklyHoursEditor() {
        setPadding(false);
        setSpacing(false);
        add(new Span("Weekly hours"));
        for (DayOfWeek day : DayOfWeek.values()) {
            Checkbox works = new Checkbox(day.getDisplayName(TextStyle.FULL, Locale.US));
            works.setWidth("8em");
            TimePicker from = new TimePicker();
            TimePicker until = new TimePicker();
            for (TimePicker picker : new TimePicker[]{from, until}) {
                picker.setStep(Duration.ofMinutes(30));
                picker.setWidth("8em");
            }
            from.setAriaLabel(day + " from");
            until.setAriaLabel(day + " until");
            works.addValueChangeListener(e -> {
                from.setEnabled(e.getValue());
                until.setEnabled(e.getValue());
                if (e.getValue() && from.isEmpty()) {
                    from.setValue(LocalTime.of(8, 0));
                    until.setValue(LocalTime.of(17, 0));
                }
            });
            HorizontalLayout line = new HorizontalLayout(works, from, new Span("to"), until);
            line.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
            add(line);
            rows.put(day, new Row(works, from, until));
        }
    }

    void read(Clinician clinician) {
        rows.forEach((day, row) -> {
            var hours = clinician.hoursOn(day);
            row.from().clear();
            row.until().clear();
            row.works().setValue(hours.isPresent());
            hours.ifPresent(h -> {
                row.from().setValue(h.startsAt());
                row.until().setValue(h.endsAt());
            });
            row.from().setEnabled(hours.isPresent());
            row.until().setEnabled(hours.isPresent());
        });
    }

    /** Marks wrong rows and returns false if any; otherwise writes the hours into the clinician. */
    boolean write(Clinician clinician) {
        boolean valid = true;
        for (var entry : rows.entrySet()) {
            Row row = entry.getValue();
            row.until().setInvalid(false);
            if (row.works().getValue()) {
                if (row.from().isEmpty() || row.until().isEmpty() || !row.until().getValue().isAfter(row.from().getValue())) {
                    row.until().setInvalid(true);
                    row.until().setErrorMessage("End after the start");
                    valid = false;
                }
            }
        }
        if (!valid) {
            return false;
        }
        rows.forEach((day, row) -> clinician.setHours(day, row.works().getValue()
                ? new WeeklyHours(day, row.from().getValue(), row.until().getValue()) : null));
        return true;
    }
}
