package care.rounds.visits.ui;

import care.rounds.base.ClinicTime;
import care.rounds.visits.VisitChange;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import java.util.List;

/** Everything that happened to a visit, newest first: when, who (a user or the planner's run), what and why. */
class VisitHistory extends VerticalLayout {

    private final ClinicTime time;
    private final VerticalLayout entries = new VerticalLayout();

    VisitHistory(ClinicTime time) {
        this.time = time;
        setPadding(false);
        entries.setPadding(false);
        entries.setSpacing(false);
        entries.setId("visit-history");
        add(new H4("History"), entries);
    }

    void show(List<VisitChange> changes) {
        entries.removeAll();
        if (changes.isEmpty()) {
            entries.add(new Span("Nothing recorded for this visit yet."));
            return;
        }
        for (VisitChange change : changes) {
            Div entry = new Div();
            entry.addClassName("visit-change");
            Span head = new Span(time.dateTime(change.getChangedAt()) + " · " + change.getChangedBy() + " · "
                    + change.getKind().label());
            head.getStyle().set("font-weight", "600");
            entry.add(head, new Div(change.getWhat()));
            if (change.getReason() != null) {
                entry.add(new Div("Reason: " + change.getReason()));
            }
            entry.getStyle().set("margin-bottom", "var(--lumo-space-s)");
            entries.add(entry);
        }
    }
}
