package care.rounds.routing.internal;

import care.rounds.base.GeoPoint;
import care.rounds.routing.MapInfo;
import care.rounds.routing.RouteShape;
import care.rounds.routing.SnappedLocation;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The port behind {@link care.rounds.routing.Routing}: one adapter per way of knowing travel times
 * (GraphHopper on a road map, straight-line estimates without one). Caching lives in front of it.
 */
public interface TravelTimes extends AutoCloseable {

    MapInfo map();

    /** The road map file answering, empty for estimates. */
    Optional<MapFile> mapFile();

    SnappedLocation snap(GeoPoint point);

    /** Times and distances from every source to every target; unsnappable locations give unreachable pairs. */
    MatrixBlock matrix(List<GeoPoint> sources, List<GeoPoint> targets);

    RouteShape shape(GeoPoint from, GeoPoint to);

    Optional<String> streetNameNear(GeoPoint point);

    /** Facts for the health endpoint. */
    Map<String, Object> details();

    @Override
    void close();
}
