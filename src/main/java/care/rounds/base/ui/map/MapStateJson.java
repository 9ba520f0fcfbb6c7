package care.rounds.base.ui.map;

import care.rounds.base.GeoPoint;
import elemental.json.Json;
import elemental.json.JsonArray;
import elemental.json.JsonObject;
import elemental.json.JsonValue;

import java.util.List;

/** The map's state in the shape frontend/components/rounds-map.ts reads (interface MapState there). */
final class MapStateJson {

    private MapStateJson() {
    }

    static JsonObject of(String tileUrl, MapBounds fit, int fitRequests, List<MapRoute> routes,
                         List<MapStop> stops, String highlighted, GeoPoint locationMarker) {
        JsonObject state = Json.createObject();
        state.put("tileUrl", string(tileUrl));
        state.put("fit", fit == null ? Json.createNull() : fit(fit, fitRequests));
        JsonArray routeArray = Json.createArray();
        routes.forEach(r -> routeArray.set(routeArray.length(), route(r)));
        state.put("routes", routeArray);
        JsonArray stopArray = Json.createArray();
        stops.forEach(s -> stopArray.set(stopArray.length(), stop(s)));
        state.put("stops", stopArray);
        state.put("highlighted", string(highlighted));
        state.put("locationMarker", locationMarker == null ? Json.createNull() : latLon(locationMarker));
        return state;
    }

    /** The request counter lets the browser refit to the same bounds after the user panned away. */
    private static JsonObject fit(MapBounds b, int seq) {
        JsonObject o = Json.createObject();
        o.put("minLat", b.minLat());
        o.put("minLon", b.minLon());
        o.put("maxLat", b.maxLat());
        o.put("maxLon", b.maxLon());
        o.put("seq", seq);
        return o;
    }

    private static JsonObject route(MapRoute route) {
        JsonObject o = Json.createObject();
        o.put("id", route.id());
        o.put("color", string(route.colorCss()));
        o.put("label", string(route.label()));
        JsonArray points = Json.createArray();
        for (GeoPoint p : route.polyline()) {
            JsonArray pair = Json.createArray();
            pair.set(0, onScreen(p.latitude()));
            pair.set(1, onScreen(p.longitude()));
            points.set(points.length(), pair);
        }
        o.put("points", points);
        return o;
    }

    /** Five decimals of a degree, about a metre: what a screen can show. */
    private static double onScreen(double degrees) {
        return Math.round(degrees * 100_000d) / 100_000d;
    }

    private static JsonObject stop(MapStop stop) {
        JsonObject o = latLon(stop.point());
        o.put("id", stop.id());
        o.put("number", stop.number());
        o.put("color", string(stop.colorCss()));
        o.put("tooltip", string(stop.tooltip()));
        o.put("kind", stop.kind().name());
        return o;
    }

    private static JsonObject latLon(GeoPoint p) {
        JsonObject o = Json.createObject();
        o.put("lat", p.latitude());
        o.put("lon", p.longitude());
        return o;
    }

    private static JsonValue string(String s) {
        return s == null ? Json.createNull() : Json.create(s);
    }
}
