package care.rounds.dispatch.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

import java.time.LocalDate;
import java.util.function.Consumer;

/** Picks the day: a date field with previous-day and next-day arrows. */
class DaySwitcher extends HorizontalLayout {

    private final DatePicker date = new DatePicker("Day");

    DaySwitcher(LocalDate initial, Consumer<LocalDate> onChange) {
        Button previous = new Button(VaadinIcon.ANGLE_LEFT.create(), e -> date.setValue(day().minusDays(1)));
        previous.setAriaLabel("Previous day");
        previous.setId("previous-day");
        Button next = new Button(VaadinIcon.ANGLE_RIGHT.create(), e -> date.setValue(day().plusDays(1)));
        next.setAriaLabel("Next day");
        next.setId("next-day");
        previous.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        next.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        date.setId("board-day");
        date.setValue(initial);
        date.addValueChangeListener(e -> {
            if (e.getValue() == null) {
                date.setValue(e.getOldValue());
            } else {
                onChange.accept(e.getValue());
            }
        });
        add(previous, date, next);
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        setSpacing(false);
    }

    /** Shows another day, as if the user picked it. */
    void show(LocalDate day) {
        date.setValue(day);
    }

    LocalDate day() {
        return date.getValue();
    }
}
