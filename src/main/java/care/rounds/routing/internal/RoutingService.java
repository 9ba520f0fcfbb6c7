package care.rounds.routing.internal;

import care.rounds.base.GeoPoint;
import care.rounds.routing.AddressMatch;
import care.rounds.routing.Leg;
import care.rounds.routing.MapInfo;
import care.rounds.routing.RouteShape;
import care.rounds.routing.Routing;
import care.rounds.routing.SnappedLocation;
import care.rounds.routing.TravelMatrix;

import java.util.List;
import java.util.Optional;

/**
 * The {@link Routing} facade: the adapter in use (GraphHopper or straight-line estimates) behind a
 * matrix cache and a route shape cache, plus address search.
 */
public class RoutingService implements Routing {

    private final TravelTimes travelTimes;
    private final AddressSearch addresses;
    private final TravelMatrixCache matrices;
    private final RouteShapeCache shapes;
    private final MapInfo map;

    public RoutingService(TravelTimes travelTimes, AddressSearch addresses, int matrixCachePairs, int shapeCacheSize) {
        this.travelTimes = travelTimes;
        this.addresses = addresses;
        this.matrices = new TravelMatrixCache(matrixCachePairs);
        this.shapes = new RouteShapeCache(shapeCacheSize);
        this.map = travelTimes.map();
    }

    @Override
    public MapInfo map() {
        return map;
    }

    @Override
    public SnappedLocation snap(GeoPoint point) {
        return travelTimes.snap(point);
    }

    /** Through the matrix cache, so the board and the planner see the very same figures. */
    @Override
    public Leg travel(GeoPoint from, GeoPoint to) {
        travelTimes.snap(from);
        travelTimes.snap(to);
        TravelMatrix pair = matrices.matrix(List.of(from, to), travelTimes);
        int end = from.equals(to) ? 0 : 1;
        if (!pair.isReachable(0, end)) {
            return Leg.unreachable();
        }
        return new Leg(pair.seconds(0, end), pair.meters(0, end), true, pair.estimate());
    }

    @Override
    public TravelMatrix matrix(List<GeoPoint> locations) {
        return matrices.matrix(locations, travelTimes);
    }

    @Override
    public RouteShape shape(GeoPoint from, GeoPoint to) {
        return shapes.get(from, to, () -> travelTimes.shape(from, to));
    }

    @Override
    public java.util.Set<String> mapZipCodes() {
        return addresses.zipCodes();
    }

    @Override
    public List<AddressMatch> searchAddresses(String text, int limit) {
        if (text == null || text.isBlank() || limit <= 0) {
            return List.of();
        }
        return addresses.search(text.trim(), limit);
    }

    @Override
    public Optional<String> streetNameNear(GeoPoint point) {
        return travelTimes.streetNameNear(point);
    }

    TravelMatrixCache matrixCache() {
        return matrices;
    }

    int cachedShapes() {
        return shapes.size();
    }
}
