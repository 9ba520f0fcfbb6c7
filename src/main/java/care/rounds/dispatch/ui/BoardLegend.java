package care.rounds.dispatch.ui;

import care.rounds.base.ClinicTime;
import care.rounds.dispatch.ClinicianRoute;
import care.rounds.visits.VisitStatus;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;

import java.util.List;
import java.util.Map;

/**
 * What the board's colours and symbols mean: visit statuses on the timeline, its other bars, the map's
 * stops, and each clinician's colour, which is her route's on the map and her row's on the timeline.
 */
class BoardLegend extends Div {

    /** The timeline's colours per status (frontend/components/rounds-timeline.ts). */
    private static final Map<VisitStatus, String> STATUS_COLOURS = Map.of(VisitStatus.SCHEDULED, "#1a73e8",
            VisitStatus.EN_ROUTE, "#7b1fa2", VisitStatus.ARRIVED, "#e37400", VisitStatus.INFUSING, "#c5221f",
            VisitStatus.DONE, "#188038");
    private static final List<VisitStatus> ON_THE_ROUTE = List.of(VisitStatus.SCHEDULED, VisitStatus.EN_ROUTE,
            VisitStatus.ARRIVED, VisitStatus.INFUSING, VisitStatus.DONE);

    private final ClinicTime time;
    private final Div routes = group("Clinicians (route on the map, row on the timeline)");

    BoardLegend(ClinicTime time) {
        this.time = time;
        setId("board-legend");
        getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s) var(--lumo-space-l)")
                .set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-body-text-color)")
                .set("padding", "var(--lumo-space-xs) 0");
        Div statuses = group("Visit status");
        ON_THE_ROUTE.forEach(status -> statuses.add(entry(bar(STATUS_COLOURS.get(status)), status.label())));
        Div timeline = group("Timeline");
        timeline.add(entry(swatch("repeating-linear-gradient(135deg,#80868b 0 4px,#9aa0a6 4px 8px)", null), "Drive"),
                entry(swatch("transparent", "1px dashed #9aa0a6"), "Wait, or unavailable (said on the bar)"),
                entry(swatch("rgba(26,115,232,0.08)", "2px solid rgba(26,115,232,0.5)"), "Working hours"),
                entry(icon(VaadinIcon.PIN, "#202124"), "Pinned: the planner keeps it"),
                entry(nowLine(), "Now"));
        Div map = group("Map");
        map.add(entry(disc("#1f77b4", "1", "2px solid #fff"), "Visit, number in her day's order"),
                entry(homeBase(), "Home base (start and end of her day)"),
                entry(disc("#fff", "", "2px dashed #555"), "Visit nobody takes yet"));
        add(statuses, timeline, map, routes);
    }

    void show(List<ClinicianRoute> day) {
        routes.removeAll();
        routes.add(heading("Clinicians (route on the map, row on the timeline)"));
        for (int i = 0; i < day.size(); i++) {
            ClinicianRoute route = day.get(i);
            Span line = swatch(RouteColors.of(i), null, "5px");
            line.setWidth("22px");
            String name = route.clinician().getDisplayName()
                    + BoardTimeline.unavailable(route, time).map(words -> " (" + words + ")").orElse("");
            Component entry = entry(line, name);
            entry.getElement().setAttribute("data-colour", RouteColors.of(i));
            routes.add(entry);
        }
        if (day.isEmpty()) {
            routes.add(new Span("Nobody works this day."));
        }
    }

    private static Div group(String title) {
        Div group = new Div(heading(title));
        group.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("align-items", "center")
                .set("gap", "var(--lumo-space-xs) var(--lumo-space-m)");
        return group;
    }

    private static Span heading(String title) {
        Span heading = new Span(title + ":");
        heading.getStyle().set("font-weight", "600");
        return heading;
    }

    private static Span entry(Component symbol, String words) {
        Span entry = new Span(symbol, new Span(words));
        entry.getStyle().set("display", "inline-flex").set("align-items", "center").set("gap", "0.35em");
        return entry;
    }

    private static Span bar(String colour) {
        return swatch(colour, null);
    }

    private static Span swatch(String background, String border) {
        return swatch(background, border, "12px");
    }

    private static Span swatch(String background, String border, String height) {
        Span swatch = new Span();
        swatch.getStyle().set("display", "inline-block").set("width", "18px")
                .set("height", height).set("border-radius", "3px").set("background", background).set("box-sizing", "border-box");
        if (border != null) {
            swatch.getStyle().set("border", border);
        }
        return swatch;
    }

    private static Span nowLine() {
        Span line = new Span();
        line.getStyle().set("display", "inline-block").set("width", "2px").set("height", "14px").set("background", "#d93025");
        return line;
    }

    private static Span disc(String fill, String number, String border) {
        Span disc = new Span(number);
        disc.getStyle().set("display", "inline-flex").set("align-items", "center").set("justify-content", "center")
                .set("width", "18px").set("height", "18px").set("border-radius", "50%").set("background", fill)
                .set("color", "#fff").set("font-size", "11px").set("font-weight", "600").set("border", border)
                .set("box-sizing", "border-box").set("box-shadow", "0 0 0 1px #ccc");
        return disc;
    }

    private static Span homeBase() {
        Icon house = icon(VaadinIcon.HOME, "#fff");
        house.setSize("12px");
        Span base = new Span(house);
        base.getStyle().set("display", "inline-flex").set("align-items", "center").set("justify-content", "center")
                .set("width", "18px").set("height", "18px").set("border-radius", "5px").set("background", "#1f77b4");
        return base;
    }

    private static Icon icon(VaadinIcon which, String colour) {
        Icon icon = which.create();
        icon.setSize("14px");
        icon.setColor(colour);
        return icon;
    }
}
