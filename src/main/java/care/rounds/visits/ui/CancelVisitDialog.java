package care.rounds.visits.ui;

import care.rounds.visits.InfusionVisit;
import care.rounds.visits.VisitChanges;
import com.vaadin.flow.component.html.Paragraph;

/** Cancels a visit after asking why: it leaves its route and the planner skips it. */
class CancelVisitDialog extends ReasonDialog {

    private final VisitChanges changes;
    private final InfusionVisit visit;

    CancelVisitDialog(VisitChanges changes, InfusionVisit visit, String when, Runnable onDone) {
        super("Cancel this visit?", "Cancel visit", true, onDone);
        this.changes = changes;
        this.visit = visit;
        content.add(new Paragraph("The visit on " + when + " leaves the route and will not be planned again. "
                + "This cannot be undone; book a new visit if the patient changes their mind."));
        finishLayout();
    }

    @Override
    boolean validFields() {
        return true;
    }

    @Override
    void apply(String reason) {
        changes.cancel(visit.getId(), visit.getVersion(), reason);
    }
}
