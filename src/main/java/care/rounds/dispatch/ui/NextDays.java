package care.rounds.dispatch.ui;

import care.rounds.base.ClinicTime;
import care.rounds.dispatch.ClinicianRoute;
import care.rounds.visits.InfusionVisit;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The coming days: one line each (how many visits, first arrival, kits to bring) that opens into the day in
 * full, each stop as on today's card without the status buttons. A day's patients are read when it is opened.
 */
class NextDays extends Div {

    NextDays(LocalDate today, int days, Function<LocalDate, ClinicianRoute> routeOf, ClinicTime time,
             Consumer<InfusionVisit> seen) {
        setId("next-days");
        add(new H3("Next days"));
        for (int i = 1; i <= days; i++) {
            LocalDate day = today.plusDays(i);
            ClinicianRoute route = routeOf.apply(day);
            List<InfusionVisit> stops = route.stops();
            String text = stops.isEmpty() ? "no visits"
                    : stops.size() + (stops.size() == 1 ? " visit" : " visits") + ", first at "
                    + time.time(stops.get(0).getPlannedStart()) + ", bring " + route.kitsToBring()
                    + (route.kitsToBring() == 1 ? " kit" : " kits");
            // the summary wraps on a phone instead of widening the page
            Span summary = new Span(time.date(day) + ": " + text);
            summary.getStyle().set("white-space", "normal");
            Details details = new Details(summary);
            details.setId("next-day-" + i);
            details.setWidthFull();
            details.setEnabled(!stops.isEmpty());
            details.addOpenedChangeListener(e -> {
                if (e.isOpened() && details.getContent().findAny().isEmpty()) {
                    for (int n = 0; n < stops.size(); n++) {
                        seen.accept(stops.get(n));
                        details.add(new StopCard(n + 1, stops.get(n), time));
                    }
                    if (!stops.isEmpty()) {
                        details.add(new Div("About " + ClinicTime.duration(route.driving()) + " driving."));
                    }
                }
            });
            add(details);
        }
    }
}
