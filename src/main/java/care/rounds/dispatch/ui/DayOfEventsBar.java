package care.rounds.dispatch.ui;

import care.rounds.base.ClinicTime;
import care.rounds.clinicians.Clinician;
import care.rounds.dispatch.DayOfEvents;
import care.rounds.patients.PatientService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** The day's events that concern no one visit: a clinician calls out, an urgent visit must fit in today. */
class DayOfEventsBar extends HorizontalLayout {

    DayOfEventsBar(DayOfEvents events, PatientService patients, ClinicTime time, Supplier<LocalDate> day,
                   Supplier<List<Clinician>> working, Consumer<LocalDate> onReplanned) {
        Button callOut = new Button("Call-out…", VaadinIcon.USER_CLOCK.create(), e ->
                new CallOutDialog(events, working.get(), time, day.get(), () -> onReplanned.accept(day.get())).open());
        callOut.setId("event-call-out");
        callOut.setTooltipText("A clinician cannot work from a time on: re-plan the rest of the day");
        Button urgent = new Button("Urgent visit…", VaadinIcon.AMBULANCE.create(), e ->
                new UrgentVisitDialog(events, patients, time, () -> onReplanned.accept(time.today())).open());
        urgent.setId("event-urgent");
        urgent.setTooltipText("Fit a visit in today, from now to the end of the day");
        add(callOut, urgent);
        setSpacing(true);
    }
}
