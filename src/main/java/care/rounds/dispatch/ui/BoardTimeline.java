package care.rounds.dispatch.ui;

import care.rounds.base.ClinicTime;
import care.rounds.base.ui.timeline.RoundsTimeline;
import care.rounds.base.ui.timeline.TimelineGroup;
import care.rounds.base.ui.timeline.TimelineItem;
import care.rounds.clinicians.TimeOff;
import care.rounds.dispatch.ClinicianRoute;
import care.rounds.dispatch.DayPlan;
import care.rounds.routing.RouteShape;
import care.rounds.visits.InfusionVisit;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
            groups.add(new TimelineGroup(row, route.clinician().getDisplayName()
                    + unavailable(route).map(words -> " (" + words + ")").orElse("")));
            addShift(route, row, items);
            addDay(route, row, items);
        }
        colourRows(plan.routes().size());
        setGroups(groups);
        setItems(items);
        setWindow(plan.day().atTime(7, 0).atZone(time.zone()).toInstant(),
                plan.day().atTime(20, 0).atZone(time.zone()).toInstant());
        setCurrentTime(time.now());
    }

    /**
     * Her working hours as the roster has them today: cut short where a call-out or other time off
     * begins, which shows as its own bar ("Unavailable from 11:00 AM: sick").
     */
    private void addShift(ClinicianRoute route, String row, List<TimelineItem> items) {
        if (route.shiftStart() == null || !route.shiftEnd().isAfter(route.shiftStart())) {
            return;
        }
        long id = route.clinician().getId();
        Optional<TimeOff> off = route.offDuringShift();
        if (off.isEmpty()) {
            items.add(TimelineItem.shift("shift-" + id, row, route.shiftStart(), route.shiftEnd()));
            return;
        }
        Instant from = max(off.get().getStartsAt(), route.shiftStart());
        Instant until = min(off.get().getEndsAt(), route.shiftEnd());
        if (from.isAfter(route.shiftStart())) {
            items.add(TimelineItem.shift("shift-" + id, row, route.shiftStart(), from));
        }
        if (until.isBefore(route.shiftEnd())) {
            items.add(TimelineItem.shift("shift-after-" + id, row, until, route.shiftEnd()));
        }
        items.add(TimelineItem.idle("unavailable-" + id, row, from, until, unavailable(route).orElseThrow()));
    }

    /** "Unavailable from 11:00 AM: sick", or "Unavailable all day: training"; empty on a normal day. */
    static Optional<String> unavailable(ClinicianRoute route, ClinicTime time) {
        return route.offDuringShift().map(off -> {
            boolean allDay = !off.getStartsAt().isAfter(route.shiftStart()) && !off.getEndsAt().isBefore(route.shiftEnd());
            String when = allDay ? "Unavailable all day"
                    : off.getEndsAt().isBefore(route.shiftEnd())
                    ? "Unavailable " + time.time(max(off.getStartsAt(), route.shiftStart())) + " to " + time.time(off.getEndsAt())
                    : "Unavailable from " + time.time(off.getStartsAt());
            return off.getReason() == null || off.getReason().isBlank() ? when : when + ": " + off.getReason();
        });
    }

    private Optional<String> unavailable(ClinicianRoute route) {
        return unavailable(route, time);
    }

    /** Each row takes the colour of her route on the map ({@link RouteColors}), set in the timeline's own styles. */
    private void colourRows(int rows) {
        getElement().executeJs("""
                const css = $0;
                const apply = () => {
                  const root = this.shadowRoot;
                  if (!root) { return false; }
                  let style = root.getElementById('route-colours');
                  if (!style) { style = document.createElement('style'); style.id = 'route-colours'; root.appendChild(style); }
                  style.textContent = css;
                  return true;
                };
                if (!apply()) { customElements.whenDefined(this.localName).then(() => requestAnimationFrame(apply)); }
                """, RouteColors.timelineRowStyles(rows));
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
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
            if (driveStart.isAfter(arrival)) {
                // the previous visit ends after this one starts (it ran late, not re-planned yet): no room to draw a drive
                driveStart = arrival;
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
