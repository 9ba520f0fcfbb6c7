package care.rounds.routing.estimate;

import care.rounds.base.GeoPoint;
import care.rounds.routing.MapInfo;
import care.rounds.routing.RouteShape;
import care.rounds.routing.SnappedLocation;
import care.rounds.routing.internal.MapFile;
import care.rounds.routing.internal.MatrixBlock;
import care.rounds.routing.internal.TravelTimes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Travel times without a road map: the straight-line distance times a detour factor, driven at an
 * average speed. Good enough to try the product out; every answer is marked as an estimate and the
 * map information carries a warning, so nobody mistakes it for real driving times.
 */
public final class StraightLineTravelTimes implements TravelTimes {

    private final double metersPerSecond;
    private final double detourFactor;
    private final String warning;

    public StraightLineTravelTimes(double speedKmh, double detourFactor) {
        this.metersPerSecond = speedKmh / 3.6;
        this.detourFactor = detourFactor;
        this.warning = String.format(Locale.ROOT, "No road map is loaded: travel times are straight-line estimates "
                        + "(distance x %.1f at %.0f km/h), not real driving times. Set rounds.routing.osm-file to an "
                        + ".osm.pbf map of your region.", detourFactor, speedKmh);
    }

    @Override
    public MapInfo map() {
        return new MapInfo("no road map loaded", -90, -180, 90, 180, true, "", 0, warning);
    }

    @Override
    public Optional<MapFile> mapFile() {
        return Optional.empty();
    }

    /** Without roads every location is taken as it is. */
    @Override
    public SnappedLocation snap(GeoPoint point) {
        return new SnappedLocation(point, point, 0, "", "");
    }

    @Override
    public MatrixBlock matrix(List<GeoPoint> sources, List<GeoPoint> targets) {
        int columns = targets.size();
        double[] seconds = new double[sources.size() * columns];
        double[] meters = new double[sources.size() * columns];
        for (int s = 0; s < sources.size(); s++) {
            for (int t = 0; t < columns; t++) {
                double distance = drivingMeters(sources.get(s), targets.get(t));
                meters[s * columns + t] = distance;
                seconds[s * columns + t] = distance / metersPerSecond;
            }
        }
        return new MatrixBlock(sources.size(), columns, seconds, meters, new String[sources.size()],
                new String[columns], true);
    }

    @Override
    public RouteShape shape(GeoPoint from, GeoPoint to) {
        double distance = drivingMeters(from, to);
        return new RouteShape(List.of(from, to), distance / metersPerSecond, distance, true, true);
    }

    @Override
    public Optional<String> streetNameNear(GeoPoint point) {
        return Optional.empty();
    }

    @Override
    public Map<String, Object> details() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("mapFile", "none");
        details.put("estimates", true);
        details.put("warning", warning);
        return details;
    }

    @Override
    public void close() {
        // nothing to release
    }

    private double drivingMeters(GeoPoint from, GeoPoint to) {
        return from.distanceMetersTo(to) * detourFactor;
    }
}
