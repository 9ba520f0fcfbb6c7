package care.rounds.intake.ui;

import care.rounds.base.ClinicTime;
import care.rounds.base.ui.Notices;
import care.rounds.clinicians.Clinician;
import care.rounds.intake.Consultation;
import care.rounds.intake.ConsultationCalendar;
import care.rounds.intake.ConsultationKind;
import care.rounds.intake.ConsultationNotBookedException;
import care.rounds.intake.ConsultationRequest;
import care.rounds.intake.ConsultationSlot;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.timepicker.TimePicker;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.function.Consumer;

/**
 * Books the screening consultation: a call in an MD's or NP's calendar, or an in-home assessment with
 * an arrival window that the planner puts on a route. The calendar refuses a call that overlaps the
 * clinician's other consultations, or an assessment it cannot route, and says why here.
 */
class BookConsultationDialog extends Dialog {

    final RadioButtonGroup<ConsultationKind> kind = new RadioButtonGroup<>("Kind");
    final ComboBox<Clinician> clinician = new ComboBox<>("Physician or nurse practitioner");
    final DatePicker date = new DatePicker("Date");
    final TimePicker startTime = new TimePicker("Time");
    final TimePicker arriveBy = new TimePicker("Arrive by");
    final IntegerField duration = new IntegerField("Length (minutes)");
    private final Paragraph problem = new Paragraph();

    BookConsultationDialog(ConsultationCalendar calendar, ClinicTime time, ConsultationRequest request,
                           Consumer<ConsultationRequest> onBooked) {
        setHeaderTitle("Book consultation");
        kind.setItems(ConsultationKind.values());
        kind.setItemLabelGenerator(ConsultationKind::label);
        kind.setValue(ConsultationKind.PHONE);
        kind.addValueChangeListener(e -> {
            clinicianRule(e.getValue());
            duration.setValue(e.getValue() == ConsultationKind.IN_HOME ? calendar.inHomeMinutes()
                    : ConsultationSlot.DEFAULT_MINUTES);
        });
        clinician.setId("consultation-clinician");
        clinician.setItems(calendar.screeners());
        clinician.setItemLabelGenerator(Clinician::getDisplayName);
        clinicianRule(ConsultationKind.PHONE);
        date.setValue(time.today().plusDays(1));
        date.setMin(time.today());
        startTime.setId("consultation-time");
        startTime.setStep(Duration.ofMinutes(15));
        startTime.setValue(LocalTime.of(10, 0));
        arriveBy.setId("consultation-arrive-by");
        arriveBy.setStep(Duration.ofMinutes(15));
        arriveBy.setValue(LocalTime.of(12, 0));
        arriveBy.setHelperText("The planner chooses the arrival time in this window");
        duration.setId("consultation-length");
        duration.setValue(ConsultationSlot.DEFAULT_MINUTES);
        duration.setMin(10);
        duration.setMax(240);
        duration.setStep(5);
        duration.setStepButtonsVisible(true);
        problem.setId("booking-problem");
        problem.getStyle().set("color", "var(--lumo-error-text-color)");
        problem.setVisible(false);
        FormLayout form = new FormLayout(kind, clinician, date, startTime, arriveBy, duration);
        form.setColspan(kind, 2);
        add(form, problem);

        Button book = new Button("Book", e -> book(calendar, time, request, onBooked));
        book.setId("book-consultation-save");
        book.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), book);
    }

    private void clinicianRule(ConsultationKind chosen) {
        boolean call = chosen == null || chosen.isCall();
        clinician.setLabel(call ? "Physician or nurse practitioner" : "Preferred physician or nurse practitioner");
        clinician.setRequiredIndicatorVisible(call);
        clinician.setHelperText(call ? null : "Optional: the planner puts the visit on an MD's or NP's route, "
                + "this one if they can make it.");
        startTime.setLabel(call ? "Time" : "Arrive from");
        arriveBy.setVisible(!call);
    }

    private void book(ConsultationCalendar calendar, ClinicTime time, ConsultationRequest request,
                      Consumer<ConsultationRequest> onBooked) {
        boolean inHome = kind.getValue() == ConsultationKind.IN_HOME;
        if (date.getValue() == null || startTime.getValue() == null || duration.getValue() == null
                || inHome && arriveBy.getValue() == null) {
            showProblem(inHome ? "Choose the date, the arrival window and the length."
                    : "Choose the date, the time and the length.");
            return;
        }
        Long clinicianId = clinician.getValue() == null ? null : clinician.getValue().getId();
        var startsAt = ZonedDateTime.of(date.getValue(), startTime.getValue(), time.zone()).toInstant();
        ConsultationSlot slot = inHome
                ? ConsultationSlot.inHome(clinicianId, startsAt,
                        ZonedDateTime.of(date.getValue(), arriveBy.getValue(), time.zone()).toInstant(), duration.getValue())
                : new ConsultationSlot(kind.getValue(), clinicianId, startsAt, duration.getValue());
        try {
            Consultation booked = calendar.book(request.getId(), slot);
            Notices.saved(booked.getKind().label() + " booked for " + time.dateTime(booked.getStartsAt())
                    + (inHome ? " to " + time.time(slot.arriveBy()) + "; the planner will put it on a route." : "."));
            close();
            onBooked.accept(request);
        } catch (ConsultationNotBookedException refused) {
            showProblem(refused.getMessage());
        }
    }

    private void showProblem(String text) {
        problem.setText(text);
        problem.setVisible(true);
    }
}
