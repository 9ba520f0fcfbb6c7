package care.rounds.base;

/**
 * A point on the earth in WGS84 degrees, as OpenStreetMap and GraphHopper use them.
 */
public record GeoPoint(double latitude, double longitude) {

    private static final double EARTH_RADIUS_METERS = 6_371_008.8;

    public GeoPoint {
        if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180)) {
            throw new IllegalArgumentException(
                    "A location needs a latitude between -90 and 90 and a longitude between -180 and 180.");
        }
    }

    /** Great-circle distance in meters. */
    public double distanceMetersTo(GeoPoint other) {
        double dLat = Math.toRadians(other.latitude - latitude);
        double dLon = Math.toRadians(other.longitude - longitude);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(latitude)) * Math.cos(Math.toRadians(other.latitude))
                * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_METERS * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "%.6f,%.6f", latitude, longitude);
    }
}
