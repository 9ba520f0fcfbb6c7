package care.rounds.dispatch.ui;

import care.rounds.base.ClinicTime;
import care.rounds.base.GeoPoint;
import care.rounds.base.ui.map.MapStop;
import care.rounds.base.ui.timeline.TimelineItem;
import care.rounds.clinicians.Clinician;
import care.rounds.clinicians.Credential;
import care.rounds.dispatch.ClinicianRoute;
import care.rounds.dispatch.DayFigures;
import care.rounds.dispatch.DayPlan;
import com.vaadin.flow.component.Component;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class BoardLegendTest {

    private static final ZoneId ATLANTA = ZoneId.of("America/New_York");
    private static final LocalDate DAY = LocalDate.of(2026, 12, 7);
    private final ClinicTime time = new ClinicTime(ATLANTA.getId(), Clock.fixed(Instant.parse("2026-12-07T12:00:00Z"), ATLANTA));

    private final Clinician maria = clinician(11, "Maria Alvarez");
    private final Clinician grace = clinician(12, "Grace Kim");
    private final Clinician ana = clinician(13, "Ana Lopez");

    @Test
    void aCalledOutClinicianRowEndsHerHoursWhenSheBecameUnavailable() {
        grace.addTimeOff(at(11, 0), at(17, 0), "Sick");
        BoardTimeline timeline = new BoardTimeline(time);

        timeline.show(plan());

        Map<String, TimelineItem> items = timeline.getItems().stream()
                .collect(Collectors.toMap(TimelineItem::id, item -> item));
        assertThat(items.get("shift-12").start()).isEqualTo(at(8, 0));
        assertThat(items.get("shift-12").end()).isEqualTo(at(11, 0));
        assertThat(items.get("unavailable-12").start()).isEqualTo(at(11, 0));
        assertThat(items.get("unavailable-12").end()).isEqualTo(at(17, 0));
        assertThat(items.get("unavailable-12").label()).isEqualTo("Unavailable from 11:00 AM: Sick");
        assertThat(items.get("shift-11").end()).as("her colleague keeps her normal hours").isEqualTo(at(17, 0));
        assertThat(items).doesNotContainKey("unavailable-11");
    }

    @Test
    void leaveForPartOfTheDayShowsBothEndsAndAWholeDayOffSaysSo() {
        grace.addTimeOff(at(10, 0), at(12, 30), "Dentist");
        ana.addTimeOff(at(6, 0), at(20, 0), "Training");
        BoardTimeline timeline = new BoardTimeline(time);

        timeline.show(plan());

        Map<String, TimelineItem> items = timeline.getItems().stream()
                .collect(Collectors.toMap(TimelineItem::id, item -> item));
        assertThat(items.get("unavailable-12").label()).isEqualTo("Unavailable 10:00 AM to 12:30 PM: Dentist");
        assertThat(items.get("shift-after-12").start()).isEqualTo(at(12, 30));
        assertThat(items.get("unavailable-13").label()).isEqualTo("Unavailable all day: Training");
        assertThat(items).doesNotContainKeys("shift-13", "shift-after-13");
    }

    @Test
    void eachClinicianHasOneColourOnTheMapOnHerTimelineRowAndInTheLegend() {
        grace.addTimeOff(at(11, 0), at(17, 0), "Sick");
        DayPlan plan = plan();
        BoardMap map = new BoardMap(time, null);
        BoardLegend legend = new BoardLegend(time);

        map.show(plan.routes(), List.of());
        legend.show(plan.routes());

        Map<String, String> onTheMap = map.getStops().stream()
                .collect(Collectors.toMap(MapStop::id, MapStop::colorCss));
        List<Component> entries = legend.getChildren().toList().get(3).getChildren().skip(1).toList();
        assertThat(entries).hasSize(3);
        String rows = RouteColors.timelineRowStyles(3);
        for (int i = 0; i < 3; i++) {
            Clinician clinician = plan.routes().get(i).clinician();
            String colour = entries.get(i).getElement().getAttribute("data-colour");
            assertThat(onTheMap.get("home-" + clinician.getId())).isEqualTo(colour);
            assertThat(rows).contains(".vis-labelset .vis-label:nth-child(" + (i + 1) + "){border-left:8px solid " + colour);
            assertThat(entries.get(i).getElement().getTextRecursively()).startsWith(clinician.getDisplayName());
        }
        assertThat(entries.get(1).getElement().getTextRecursively()).endsWith("(Unavailable from 11:00 AM: Sick)");
        assertThat(RouteColors.of(0)).isNotEqualTo(RouteColors.of(1)).isNotEqualTo(RouteColors.of(2));
    }

    @Test
    void theLegendNamesTheStatusesAndTheMapsSymbols() {
        String text = new BoardLegend(time).getElement().getTextRecursively();
        assertThat(text).contains("Scheduled", "En route", "Arrived", "Infusing", "Done", "Pinned", "Drive", "Wait",
                "Working hours", "Home base", "Visit nobody takes yet", "Visit, number in her day's order");
    }

    private DayPlan plan() {
        List<ClinicianRoute> routes = List.of(maria, grace, ana).stream()
                .map(c -> new ClinicianRoute(c, at(8, 0), at(17, 0), List.of(), List.of())).toList();
        return new DayPlan(DAY, routes, List.of(), new DayFigures(0, Duration.ZERO, Duration.ZERO, 0, 0));
    }

    private static Clinician clinician(long id, String name) {
        Clinician clinician = new Clinician(name, Credential.CRNA, "", new GeoPoint(33.75, -84.39), 3, 6);
        ReflectionTestUtils.setField(clinician, "id", id);
        return clinician;
    }

    private static Instant at(int hour, int minute) {
        return DAY.atTime(hour, minute).atZone(ATLANTA).toInstant();
    }
}
