package care.rounds.dispatch.ui;

import care.rounds.base.ClinicTime;
import care.rounds.dispatch.ClinicianRoute;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;

import java.time.LocalDate;
import java.util.function.Function;

/** The coming days at a glance: how many visits, first arrival, kits to bring. */
class NextDays extends Div {

    NextDays(LocalDate today, int days, Function<LocalDate, ClinicianRoute> routeOf, ClinicTime time) {
        setId("next-days");
        add(new H3("Next days"));
        for (int i = 1; i <= days; i++) {
            LocalDate day = today.plusDays(i);
            ClinicianRoute route = routeOf.apply(day);
            String text = route.stops().isEmpty() ? "no visits"
                    : route.stops().size() + (route.stops().size() == 1 ? " visit" : " visits") + ", first at "
                    + time.time(route.stops().get(0).getPlannedStart()) + ", bring " + route.kitsToBring()
                    + (route.kitsToBring() == 1 ? " kit" : " kits");
            Span line = new Span(time.date(day) + ": " + text);
            line.getStyle().set("display", "block");
            add(line);
        }
    }
}
