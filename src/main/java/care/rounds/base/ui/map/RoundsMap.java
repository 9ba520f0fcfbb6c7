package care.rounds.base.ui.map;

import care.rounds.base.GeoPoint;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;
import elemental.json.JsonObject;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A map of routes and stops (Leaflet, free; Vaadin's own Map is commercial).
 *
 * <p>Usage: {@code addRoute} and {@code addStop} for each clinician's day, {@code fitToContent()},
 * and listeners for clicks. For "place the home on the map": {@link #setLocationMarker(GeoPoint)}
 * shows a draggable pin, {@link #addMapClickListener} tells where the user clicked, and
 * {@link #addLocationMarkerMovedListener} where the pin was dropped.
 *
 * <p>The whole map is one JSON property sent once per server response (see {@link #stateJson()}):
 * many {@code addStop} calls cost one update, and the browser never misses a call made before the
 * element was ready. The OpenStreetMap attribution is always shown, with or without tiles.
 */
@Tag("rounds-map")
@JsModule("./components/rounds-map.ts")
@NpmPackage(value = "leaflet", version = "1.9.4")
@NpmPackage(value = "@types/leaflet", version = "1.9.20")
public class RoundsMap extends Component implements HasSize {

    /** OpenStreetMap's standard tiles; their usage policy suits light use, not heavy traffic. */
    public static final String OSM_TILES = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";

    private final Map<String, MapRoute> routes = new LinkedHashMap<>();
    private final Map<String, MapStop> stops = new LinkedHashMap<>();
    private String tileUrl = OSM_TILES;
    private String highlighted;
    private GeoPoint locationMarker;
    private MapBounds fit;
    private int fitRequests;
    private boolean syncPending;

    public RoundsMap() {
        // Leaflet's panes and controls carry z-indexes of 400-1000: isolated here, they stack inside the map and
        // never above the app's menu drawer, dialogs or "Sign out" on a phone
        getElement().getStyle().set("isolation", "isolate").set("position", "relative").set("z-index", "0");
        // Registered first so that other listeners already see the dropped position.
        addListener(LocationMarkerMovedEvent.class, e -> {
            locationMarker = e.getPoint();
            stateChanged();
        });
        stateChanged();
    }

    /**
     * The tile server, with {@code {z}/{x}/{y}} placeholders; null or blank draws routes and stops on
     * a plain background (for machines without internet).
     */
    public void setTileUrl(String urlOrNull) {
        tileUrl = urlOrNull == null || urlOrNull.isBlank() ? null : urlOrNull.strip();
        stateChanged();
    }

    public Optional<String> getTileUrl() {
        return Optional.ofNullable(tileUrl);
    }

    /** Shows this area now; later additions do not move the view until asked again. */
    public void fitBounds(double minLat, double minLon, double maxLat, double maxLon) {
        fit = new MapBounds(minLat, minLon, maxLat, maxLon);
        fitRequests++;
        stateChanged();
    }

    /** Shows every route, stop and the location marker; does nothing on an empty map. */
    public void fitToContent() {
        MapBounds.around(contentPoints().toList())
                .ifPresent(b -> fitBounds(b.minLat(), b.minLon(), b.maxLat(), b.maxLon()));
    }

    /** Adds a line, or replaces the one with the same id. */
    public void addRoute(String id, String colorCss, List<GeoPoint> polyline, String label) {
        routes.put(id, new MapRoute(id, colorCss, polyline, label));
        stateChanged();
    }

    /**
     * Adds a marker, or replaces the one with the same id.
     *
     * @param number place in the route shown in the marker, 0 for none
     */
    public void addStop(String id, GeoPoint point, int number, String colorCss, String tooltip, StopKind kind) {
        stops.put(id, new MapStop(id, point, number, colorCss, tooltip, kind));
        stateChanged();
    }

    /** Removes the route or stop with this id, if any. */
    public void remove(String id) {
        boolean removedRoute = routes.remove(id) != null;
        boolean removedStop = stops.remove(id) != null;
        if (removedRoute || removedStop) {
            stateChanged();
        }
    }

    /** Draws this route or stop stronger and dims other routes; null for none. */
    public void highlight(String idOrNull) {
        highlighted = idOrNull;
        stateChanged();
    }

    /** Removes all routes and stops, the highlight and the location marker; keeps tiles and view. */
    public void clear() {
        routes.clear();
        stops.clear();
        highlighted = null;
        locationMarker = null;
        stateChanged();
    }

    /** Shows a single draggable pin at this point (null removes it). */
    public void setLocationMarker(GeoPoint pointOrNull) {
        locationMarker = pointOrNull;
        stateChanged();
    }

    public Optional<GeoPoint> getLocationMarker() {
        return Optional.ofNullable(locationMarker);
    }

    public List<MapRoute> getRoutes() {
        return List.copyOf(routes.values());
    }

    public List<MapStop> getStops() {
        return List.copyOf(stops.values());
    }

    public Registration addStopClickListener(ComponentEventListener<StopClickEvent> listener) {
        return addListener(StopClickEvent.class, listener);
    }

    public Registration addMapClickListener(ComponentEventListener<MapClickEvent> listener) {
        return addListener(MapClickEvent.class, listener);
    }

    public Registration addLocationMarkerMovedListener(ComponentEventListener<LocationMarkerMovedEvent> listener) {
        return addListener(LocationMarkerMovedEvent.class, listener);
    }

    /** What the browser element receives as its {@code state} property. */
    JsonObject stateJson() {
        return MapStateJson.of(tileUrl, fit, fitRequests, new ArrayList<>(routes.values()),
                new ArrayList<>(stops.values()), highlighted, locationMarker);
    }

    private Stream<GeoPoint> contentPoints() {
        return Stream.of(
                        routes.values().stream().flatMap(r -> r.polyline().stream()),
                        stops.values().stream().map(MapStop::point),
                        Stream.ofNullable(locationMarker))
                .flatMap(s -> s);
    }

    /** Coalesces all changes of one server round trip into one property update. */
    private void stateChanged() {
        if (syncPending) {
            return;
        }
        syncPending = true;
        getElement().getNode().runWhenAttached(ui -> ui.beforeClientResponse(this, context -> {
            syncPending = false;
            getElement().setPropertyJson("state", stateJson());
        }));
    }
}
