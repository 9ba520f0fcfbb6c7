package care.rounds.dispatch.ui;

import care.rounds.base.ClinicTime;
import care.rounds.dispatch.DayFigures;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** The day's key figures: visits, infusion hours, drive hours and share, unassigned. */
class DayFiguresBar extends HorizontalLayout {

    DayFiguresBar() {
        setId("day-figures");
        setWrap(true);
    }

    void show(DayFigures figures) {
        removeAll();
        add(figure("Visits", String.valueOf(figures.visits())),
                figure("At homes", ClinicTime.duration(figures.infusion())),
                figure("Driving", ClinicTime.duration(figures.driving()) + " ("
                        + Math.round(figures.driveShare() * 100) + "%)"),
                figure("Unassigned", String.valueOf(figures.unassigned())));
    }

    private static Div figure(String label, String value) {
        Span name = new Span(label);
        name.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        Span number = new Span(value);
        number.getStyle().set("font-weight", "600").set("font-size", "var(--lumo-font-size-l)");
        Div box = new Div(name, new Div(number));
        box.getElement().setAttribute("data-figure", label);
        box.getStyle().set("padding", "0 var(--lumo-space-m) 0 0");
        return box;
    }
}
