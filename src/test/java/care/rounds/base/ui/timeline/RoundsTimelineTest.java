package care.rounds.base.ui.timeline;

import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import elemental.json.Json;
import elemental.json.JsonArray;
import elemental.json.JsonObject;
import elemental.json.JsonType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The JSON that rounds-timeline.ts draws from, and the click it sends back. */
class RoundsTimelineTest {

    private static final ZoneId CLINIC = ZoneId.of("America/New_York");
    private static final LocalDate DAY = LocalDate.of(2026, 3, 10);

    /** Stands in for the visits module's status enum, which this shared module must not import. */
    private enum Status { SCHEDULED, EN_ROUTE, NOT_HOME }

    private RoundsTimeline timeline;

    @BeforeEach
    void attachTimeline() {
        MockVaadin.setup();
        timeline = new RoundsTimeline(CLINIC);
        UI.getCurrent().add(timeline);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void theClinicZoneIsSentSoTheBrowserShowsClinicTimes() {
        assertThat(sentState().getString("zone")).isEqualTo("America/New_York");

        timeline.setZone(ZoneId.of("America/Chicago"));

        assertThat(sentState().getString("zone")).isEqualTo("America/Chicago");
    }

    @Test
    void rowsKeepTheirOrder() {
        timeline.setGroups(List.of(new TimelineGroup("c2", "Tom Lee, RN"), new TimelineGroup("c1", "Maria Alvarez, CRNA")));

        JsonArray groups = sentState().getArray("groups");
        assertThat(groups.getObject(0).getString("id")).isEqualTo("c2");
        assertThat(groups.getObject(1).getString("label")).isEqualTo("Maria Alvarez, CRNA");
    }

    @Test
    void visitsAreInstantsWithTheirStatusAsCssClass() {
        Instant nine = at(9, 0);
        timeline.setItems(List.of(
                TimelineItem.visit("v1", "c1", nine, at(11, 0), "J. Smith", "IVIG, 2 h", Status.EN_ROUTE)));

        JsonObject visit = sentState().getArray("items").getObject(0);
        assertThat(visit.getString("group")).isEqualTo("c1");
        assertThat((long) visit.getNumber("start")).isEqualTo(nine.toEpochMilli());
        assertThat((long) visit.getNumber("start")).isEqualTo(Instant.parse("2026-03-10T13:00:00Z").toEpochMilli());
        assertThat(visit.getString("className")).isEqualTo("visit status-en-route");
        assertThat(visit.getString("kind")).isEqualTo("VISIT");
        assertThat(visit.getString("tooltip")).isEqualTo("IVIG, 2 h");
    }

    @Test
    void travelIdleAndShiftHaveTheirOwnClasses() {
        timeline.setItems(List.of(
                TimelineItem.shift("s1", "c1", at(8, 0), at(17, 0)),
                TimelineItem.travel("t1", "c1", at(8, 30), at(9, 0), "30 min", null),
                TimelineItem.idle("i1", "c1", at(11, 0), at(11, 30), "idle")));

        JsonArray items = sentState().getArray("items");
        assertThat(items.getObject(0).getString("className")).isEqualTo("shift");
        assertThat(items.getObject(0).getString("kind")).isEqualTo("SHIFT");
        assertThat(items.getObject(1).getString("className")).isEqualTo("travel");
        assertThat(items.getObject(2).getString("className")).isEqualTo("idle");
    }

    @Test
    void aPinnedVisitCarriesThePinnedClass() {
        TimelineItem visit = TimelineItem.visit("v1", "c1", at(9, 0), at(10, 0), "J. Smith", null, Status.NOT_HOME);

        assertThat(visit.withPinned(true).cssClass()).isEqualTo("visit status-not-home pinned");
        assertThat(visit.cssClass()).isEqualTo("visit status-not-home");
    }

    @Test
    void statusTokensCannotInjectMarkup() {
        TimelineItem item = new TimelineItem("v1", "c1", at(9, 0), at(10, 0), null, null,
                TimelineItemKind.VISIT, "done\" onclick=\"x");

        assertThat(item.cssClass()).isEqualTo("visit status-done--onclick--x");
    }

    @Test
    void anItemCannotEndBeforeItStarts() {
        assertThatThrownBy(() -> TimelineItem.visit("v1", "c1", at(10, 0), at(9, 0), null, null, Status.SCHEDULED))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void showingTheSameWindowAgainIsANewRequest() {
        timeline.setWindow(at(7, 0), at(19, 0));
        JsonObject first = sentState().getObject("window");
        timeline.setWindow(at(7, 0), at(19, 0));
        JsonObject second = sentState().getObject("window");

        assertThat((long) first.getNumber("start")).isEqualTo(at(7, 0).toEpochMilli());
        assertThat((long) first.getNumber("end")).isEqualTo(at(19, 0).toEpochMilli());
        assertThat(second.getNumber("seq")).isGreaterThan(first.getNumber("seq"));
    }

    @Test
    void selectionAndNowLineAreSent() {
        timeline.selectItem("v1");
        timeline.setCurrentTime(at(12, 40));

        JsonObject state = sentState();
        assertThat(state.getString("selected")).isEqualTo("v1");
        assertThat((long) state.getNumber("now")).isEqualTo(at(12, 40).toEpochMilli());

        timeline.selectItem(null);
        timeline.setCurrentTime(null);

        state = sentState();
        assertThat(state.get("selected").getType()).isEqualTo(JsonType.NULL);
        assertThat(state.get("now").getType()).isEqualTo(JsonType.NULL);
    }

    @Test
    void clickOnAnItemTellsItsId() {
        List<String> clicked = new ArrayList<>();
        timeline.addItemClickListener(e -> clicked.add(e.getItemId()));

        JsonObject data = Json.createObject();
        data.put("event.detail.id", "v1");
        BasicUtilsKt._fireDomEvent(timeline, "rounds-item-click", data);

        assertThat(clicked).containsExactly("v1");
    }

    private static Instant at(int hour, int minute) {
        return DAY.atTime(LocalTime.of(hour, minute)).atZone(CLINIC).toInstant();
    }

    private JsonObject sentState() {
        MockVaadin.clientRoundtrip();
        return (JsonObject) timeline.getElement().getPropertyRaw("state");
    }
}
