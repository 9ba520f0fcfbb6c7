package care.rounds.dispatch.ui;

import care.rounds.base.ClinicTime;
import care.rounds.base.ui.timeline.RoundsTimeline;
import care.rounds.base.ui.timeline.TimelineGroup;
import care.rounds.base.ui.timeline.TimelineItem;
import care.rounds.dispatch.ClinicianRoute;
import care.rounds.dispatch.DayPlan;
import care.rounds.routing.RouteShape;
import care.rounds.visits.InfusionVisit;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The day as rows of bars: shift, drives, waits and visits (coloured by status) per clinician. */
class BoardTimeline extends RoundsTimeline {

    private static final Duration SHORTEST_WAIT = Duration.ofMinutes(5);

    private final ClinicTime time;

    BoardTimeline(ClinicTime time) {
        super(time.zone());
        this.time = time;
        setId("board-timeline");
        setWidthFull();
    }

    void show(DayPlan plan) {
        List<TimelineGroup> groups = new ArrayList<>();
        List<TimelineItem> items = new ArrayList<>();
        for (ClinicianRoute route : plan.routes()) {
            String row = "clinician-" + route.clinician().getId();
            groups.add(new TimelineGroup(row, route.clinician().getDisplayName()));
            if (route.shiftStart() != null && route.shiftEnd().isAfter(route.shiftStart())) {
                items.add(TimelineItem.shift("shift-" + route.clinician().getId(), row, route.shiftStart(),
                        route.shiftEnd()));
            }
            addDay(route, row, items);
        }
        setGroups(groups);
        setItems(items);
        setWindow(plan.day().atTime(7, 0).atZone(time.zone()).toInstant(),
                plan.day().atTime(20, 0).atZone(time.zone()).toInstant());
        setCurrentTime(time.now());
    }

    private void addDay(ClinicianRoute route, String row, List<TimelineItem> items) {
        Instant leftAt = null;
        for (int i = 0; i < route.stops().size(); i++) {
            InfusionVisit visit = route.stops().get(i);
            Duration drive = driveOf(route.legs().get(i));
            Instant driveStart = leftAt == null ? visit.getPlannedStart().minus(drive) : leftAt;
            Instant arrival = driveStart.plus(drive);
            if (arrival.isAfter(visit.getPlannedStart())) {
                arrival = visit.getPlannedStart();
            }
            items.add(TimelineItem.travel("drive-" + visit.getId(), row, driveStart, arrival,
                    ClinicTime.duration(drive), "Drive " + ClinicTime.duration(drive)));
            if (Duration.between(arrival, visit.getPlannedStart()).compareTo(SHORTEST_WAIT) >= 0) {
                items.add(TimelineItem.idle("wait-" + visit.getId(), row, arrival, visit.getPlannedStart(),
                        "Wait " + ClinicTime.duration(Duration.between(arrival, visit.getPlannedStart()))));
            }
            String patient = visit.getPlan().getPatient().getFullName();
            items.add(TimelineItem.visit(Selection.ofVisit(visit.getId()), row, visit.getPlannedStart(),
                    visit.getPlannedEnd(), patient, patient + ", " + time.time(visit.getPlannedStart()) + " to "
                            + time.time(visit.getPlannedEnd()) + ", " + visit.getStatus().label()
                            + (visit.isPinned() ? ", pinned" : ""),
                    visit.getStatus()).withPinned(visit.isPinned()));
            leftAt = visit.getPlannedEnd();
        }
        if (leftAt != null) {
            Duration home = driveOf(route.legs().get(route.legs().size() - 1));
            items.add(TimelineItem.travel("drive-home-" + route.clinician().getId(), row, leftAt, leftAt.plus(home),
                    "Home", "Drive home " + ClinicTime.duration(home)));
        }
    }

    private static Duration driveOf(RouteShape leg) {
        return leg.reachable() ? Duration.ofSeconds(Math.round(leg.seconds())) : Duration.ZERO;
    }
}
