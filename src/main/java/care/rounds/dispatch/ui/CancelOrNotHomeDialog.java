package care.rounds.dispatch.ui;

import care.rounds.base.ClinicTime;
import care.rounds.dispatch.DayOfEvents;
import care.rounds.dispatch.DayOfOutcome;
import care.rounds.visits.InfusionVisit;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;

import java.util.function.Supplier;

/** The patient cancelled, or nobody was home: the visit leaves the route and the day is re-planned. */
class CancelOrNotHomeDialog extends ReplanDialog {

    static final String CANCELLED = "The patient cancelled";
    static final String NOT_HOME = "The patient was not home";

    final RadioButtonGroup<String> what = new RadioButtonGroup<>("What happened");

    private final DayOfEvents events;
    private final InfusionVisit visit;

    CancelOrNotHomeDialog(DayOfEvents events, ClinicTime time, InfusionVisit visit, Runnable onReplanned) {
        super("Cancel or not home", "Take off the route and re-plan", time, onReplanned);
        this.events = events;
        this.visit = visit;
        what.setId("cancel-what");
        what.setItems(CANCELLED, NOT_HOME);
        what.setValue(visit.getStatus().isStarted() ? NOT_HOME : CANCELLED);
        form.add(new Paragraph(visit.getPlan().getPatient().getFullName() + ", "
                + (visit.getPlannedStart() == null ? "not planned yet" : time.dateTime(visit.getPlannedStart()))
                + ". The visit leaves the route and will not be planned again."), what);
        finishForm(true, "e.g. patient has a fever, nobody answered the door");
    }

    @Override
    boolean validFields() {
        return what.getValue() != null;
    }

    @Override
    Supplier<DayOfOutcome> event() {
        boolean notHome = NOT_HOME.equals(what.getValue());
        long id = visit.getId();
        long version = visit.getVersion();
        String why = reason.getValue();
        return () -> events.cancel(id, version, notHome, why);
    }
}
