package care.rounds.base.ui.map;

import care.rounds.base.GeoPoint;
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

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The JSON that rounds-map.ts draws from, and the server events it sends back. */
class RoundsMapTest {

    private static final GeoPoint BASE = new GeoPoint(33.749, -84.388);
    private static final GeoPoint PATIENT = new GeoPoint(33.760, -84.386);

    private RoundsMap map;

    @BeforeEach
    void attachMap() {
        MockVaadin.setup();
        map = new RoundsMap();
        UI.getCurrent().add(map);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void newMapUsesOpenStreetMapTilesAndDrawsNothing() {
        JsonObject state = sentState();

        assertThat(state.getString("tileUrl")).isEqualTo("https://tile.openstreetmap.org/{z}/{x}/{y}.png");
        assertThat(state.getArray("routes").length()).isZero();
        assertThat(state.getArray("stops").length()).isZero();
        assertThat(state.get("fit").getType()).isEqualTo(JsonType.NULL);
        assertThat(state.get("locationMarker").getType()).isEqualTo(JsonType.NULL);
    }

    @Test
    void blankTileUrlMeansNoTiles() {
        map.setTileUrl("  ");

        assertThat(sentState().get("tileUrl").getType()).isEqualTo(JsonType.NULL);
        assertThat(map.getTileUrl()).isEmpty();
    }

    @Test
    void stopsAndRoutesAreSentWithNumberColourTooltipAndKind() {
        map.addRoute("route-1", "var(--lumo-primary-color)", List.of(BASE, PATIENT), "Maria Alvarez");
        map.addStop("base-1", BASE, 0, "#1a73e8", "Home base", StopKind.HOME_BASE);
        map.addStop("visit-7", PATIENT, 2, "#1a73e8", "9:00 AM J. Smith", StopKind.VISIT);

        JsonObject state = sentState();
        JsonObject route = state.getArray("routes").getObject(0);
        assertThat(route.getString("id")).isEqualTo("route-1");
        assertThat(route.getString("color")).isEqualTo("var(--lumo-primary-color)");
        assertThat(route.getString("label")).isEqualTo("Maria Alvarez");
        JsonArray secondPoint = route.getArray("points").getArray(1);
        assertThat(secondPoint.getNumber(0)).isEqualTo(33.760);
        assertThat(secondPoint.getNumber(1)).isEqualTo(-84.386);

        JsonArray stops = state.getArray("stops");
        assertThat(stops.length()).isEqualTo(2);
        JsonObject visit = stops.getObject(1);
        assertThat(visit.getString("id")).isEqualTo("visit-7");
        assertThat(visit.getNumber("lat")).isEqualTo(33.760);
        assertThat(visit.getNumber("lon")).isEqualTo(-84.386);
        assertThat(visit.getNumber("number")).isEqualTo(2);
        assertThat(visit.getString("tooltip")).isEqualTo("9:00 AM J. Smith");
        assertThat(visit.getString("kind")).isEqualTo("VISIT");
        assertThat(stops.getObject(0).getString("kind")).isEqualTo("HOME_BASE");
    }

    @Test
    void addingAStopWithAKnownIdReplacesIt() {
        map.addStop("visit-7", PATIENT, 2, null, null, StopKind.UNASSIGNED);
        map.addStop("visit-7", PATIENT, 3, null, null, StopKind.VISIT);

        JsonArray stops = sentState().getArray("stops");
        assertThat(stops.length()).isEqualTo(1);
        assertThat(stops.getObject(0).getNumber("number")).isEqualTo(3);
        assertThat(stops.getObject(0).getString("kind")).isEqualTo("VISIT");
    }

    @Test
    void manyChangesReachTheBrowserAsOneUpdateAtTheEndOfTheRoundTrip() {
        MockVaadin.clientRoundtrip();
        for (int i = 1; i <= 50; i++) {
            map.addStop("visit-" + i, PATIENT, i, null, null, StopKind.VISIT);
        }
        assertThat(((JsonObject) map.getElement().getPropertyRaw("state")).getArray("stops").length())
                .as("not sent before the response").isZero();

        assertThat(sentState().getArray("stops").length()).isEqualTo(50);
    }

    @Test
    void fitToContentCoversStopsRoutesAndTheLocationMarker() {
        map.addRoute("route-1", null, List.of(BASE, new GeoPoint(33.70, -84.30)), null);
        map.addStop("visit-7", new GeoPoint(33.80, -84.40), 1, null, null, StopKind.VISIT);
        map.setLocationMarker(new GeoPoint(33.75, -84.45));

        map.fitToContent();

        JsonObject fit = sentState().getObject("fit");
        assertThat(fit.getNumber("minLat")).isEqualTo(33.70);
        assertThat(fit.getNumber("maxLat")).isEqualTo(33.80);
        assertThat(fit.getNumber("minLon")).isEqualTo(-84.45);
        assertThat(fit.getNumber("maxLon")).isEqualTo(-84.30);
    }

    @Test
    void fittingTheSameBoundsAgainIsANewRequest() {
        map.fitBounds(33.7, -84.5, 33.8, -84.3);
        double first = sentState().getObject("fit").getNumber("seq");
        map.fitBounds(33.7, -84.5, 33.8, -84.3);

        assertThat(sentState().getObject("fit").getNumber("seq")).isGreaterThan(first);
    }

    @Test
    void fitToContentOnAnEmptyMapKeepsTheView() {
        map.fitToContent();

        assertThat(sentState().get("fit").getType()).isEqualTo(JsonType.NULL);
    }

    @Test
    void clearRemovesEverythingDrawnButKeepsTheTiles() {
        map.setTileUrl("https://tiles.example/{z}/{x}/{y}.png");
        map.addStop("visit-7", PATIENT, 1, null, null, StopKind.VISIT);
        map.highlight("visit-7");
        map.setLocationMarker(PATIENT);

        map.clear();

        JsonObject state = sentState();
        assertThat(state.getArray("stops").length()).isZero();
        assertThat(state.get("highlighted").getType()).isEqualTo(JsonType.NULL);
        assertThat(state.get("locationMarker").getType()).isEqualTo(JsonType.NULL);
        assertThat(state.getString("tileUrl")).isEqualTo("https://tiles.example/{z}/{x}/{y}.png");
    }

    @Test
    void highlightIsSent() {
        map.highlight("route-1");

        assertThat(sentState().getString("highlighted")).isEqualTo("route-1");
    }

    @Test
    void clickOnAStopTellsItsId() {
        List<String> clicked = new ArrayList<>();
        map.addStopClickListener(e -> clicked.add(e.getStopId()));

        JsonObject data = Json.createObject();
        data.put("event.detail.id", "visit-7");
        BasicUtilsKt._fireDomEvent(map, "rounds-stop-click", data);

        assertThat(clicked).containsExactly("visit-7");
    }

    @Test
    void clickOnTheMapTellsWhere() {
        List<GeoPoint> clicked = new ArrayList<>();
        map.addMapClickListener(e -> clicked.add(e.getPoint()));

        BasicUtilsKt._fireDomEvent(map, "rounds-map-click", latLon(33.75, -84.39));

        assertThat(clicked).containsExactly(new GeoPoint(33.75, -84.39));
    }

    @Test
    void droppedLocationMarkerIsKeptBeforeListenersHearOfIt() {
        map.setLocationMarker(PATIENT);
        List<GeoPoint> seenByListener = new ArrayList<>();
        map.addLocationMarkerMovedListener(e -> seenByListener.add(map.getLocationMarker().orElseThrow()));

        BasicUtilsKt._fireDomEvent(map, "rounds-location-moved", latLon(33.7612, -84.3871));

        assertThat(seenByListener).containsExactly(new GeoPoint(33.7612, -84.3871));
        JsonObject marker = sentState().getObject("locationMarker");
        assertThat(marker.getNumber("lat")).isEqualTo(33.7612);
        assertThat(marker.getNumber("lon")).isEqualTo(-84.3871);
    }

    private static JsonObject latLon(double lat, double lon) {
        JsonObject data = Json.createObject();
        data.put("event.detail.lat", lat);
        data.put("event.detail.lon", lon);
        return data;
    }

    /** What the browser holds after this server round trip. */
    private JsonObject sentState() {
        MockVaadin.clientRoundtrip();
        return (JsonObject) map.getElement().getPropertyRaw("state");
    }
}
