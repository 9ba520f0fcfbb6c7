package care.rounds.clinicians.ui;

import care.rounds.base.ClinicTime;
import care.rounds.clinicians.Clinician;
import care.rounds.clinicians.TimeOff;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;

import java.time.Duration;
import java.time.LocalDateTime;

/**
 * Time off as date-time ranges in the clinic's time zone; removing one asks first. Changes are kept
 * in the clinician and saved with the rest of the form.
 */
class TimeOffEditor extends VerticalLayout {

    private final ClinicTime time;
    private final Grid<TimeOff> grid = new Grid<>(TimeOff.class, false);
    private final DateTimePicker from = new DateTimePicker("Off from");
    private final DateTimePicker until = new DateTimePicker("Until");
    private final TextField reason = new TextField("Reason");
    private Clinician clinician;

    TimeOffEditor(ClinicTime time) {
        this.time = time;
        setPadding(false);
        grid.addColumn(t -> time.dateTime(t.getStartsAt())).setHeader("From").setAutoWidth(true);
        grid.addColumn(t -> time.dateTime(t.getEndsAt())).setHeader("Until").setAutoWidth(true);
        grid.addColumn(TimeOff::getReason).setHeader("Reason");
        grid.addComponentColumn(t -> {
            Button remove = new Button(VaadinIcon.TRASH.create(), e -> confirmRemove(t));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel("Remove time off");
            return remove;
        }).setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText("No time off recorded.");
        from.setStep(Duration.ofMinutes(30));
        until.setStep(Duration.ofMinutes(30));
        Button add = new Button("Add time off", VaadinIcon.PLUS.create(), e -> add());
        HorizontalLayout line = new HorizontalLayout(from, until, reason, add);
        line.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        line.setWrap(true);
        add(grid, line);
    }

    void read(Clinician clinician) {
        this.clinician = clinician;
        grid.setItems(clinician.getTimeOff());
    }

    private void add() {
        LocalDateTime start = from.getValue();
        LocalDateTime end = until.getValue();
        if (start == null || end == null || !end.isAfter(start)) {
            until.setInvalid(true);
            until.setErrorMessage("Choose a start and an end after it.");
            return;
        }
        until.setInvalid(false);
        clinician.addTimeOff(start.atZone(time.zone()).toInstant(), end.atZone(time.zone()).toInstant(),
                reason.getValue().isBlank() ? null : reason.getValue().strip());
        grid.setItems(clinician.getTimeOff());
        from.clear();
        until.clear();
        reason.clear();
    }

    private void confirmRemove(TimeOff off) {
        ConfirmDialog dialog = new ConfirmDialog("Remove time off?",
                "From " + time.dateTime(off.getStartsAt()) + " until " + time.dateTime(off.getEndsAt())
                        + ". It is removed when you save the clinician.", "Remove", e -> {
            clinician.removeTimeOff(off);
            grid.setItems(clinician.getTimeOff());
        });
        dialog.setCancelable(true);
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }
}
