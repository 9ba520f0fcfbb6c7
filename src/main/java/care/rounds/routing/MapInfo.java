package care.rounds.routing;

import care.rounds.base.GeoPoint;

/**
 * The road map that answers travel questions.
 *
 * @param areaName   a human name for the area, such as "Atlanta, GA"
 * @param minLat     southern edge of the area the map covers
 * @param minLon     western edge
 * @param maxLat     northern edge
 * @param maxLon     eastern edge
 * @param estimate   true when no map is loaded and travel times are straight-line estimates
 * @param osmFile    the map file's name (never its full path, which means nothing to a user)
 * @param roadNodes  junctions and road ends in the road graph (0 without a map)
 * @param warning    a sentence for the user when estimates are in use; empty otherwise
 */
public record MapInfo(String areaName, double minLat, double minLon, double maxLat, double maxLon,
                      boolean estimate, String osmFile, int roadNodes, String warning) {

    /** OpenStreetMap's licence requires this credit wherever routes or travel times are shown. */
    public static final String ATTRIBUTION = "© OpenStreetMap contributors";
    public static final String ATTRIBUTION_URL = "https://www.openstreetmap.org/copyright";

    public boolean hasWarning() {
        return !warning.isEmpty();
    }

    public boolean covers(GeoPoint point) {
        return point.latitude() >= minLat && point.latitude() <= maxLat
                && point.longitude() >= minLon && point.longitude() <= maxLon;
    }

    public GeoPoint center() {
        return new GeoPoint((minLat + maxLat) / 2, (minLon + maxLon) / 2);
    }
}
