package care.rounds.base.ui.map;

import care.rounds.base.GeoPoint;

import java.util.Collection;
import java.util.Optional;

/** A latitude/longitude rectangle the map should show. */
record MapBounds(double minLat, double minLon, double maxLat, double maxLon) {

    MapBounds {
        if (minLat > maxLat || minLon > maxLon) {
            throw new IllegalArgumentException("Map bounds need min <= max for latitude and longitude.");
        }
    }

    static Optional<MapBounds> around(Collection<GeoPoint> points) {
        if (points.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new MapBounds(
                points.stream().mapToDouble(GeoPoint::latitude).min().orElseThrow(),
                points.stream().mapToDouble(GeoPoint::longitude).min().orElseThrow(),
                points.stream().mapToDouble(GeoPoint::latitude).max().orElseThrow(),
                points.stream().mapToDouble(GeoPoint::longitude).max().orElseThrow()));
    }
}
