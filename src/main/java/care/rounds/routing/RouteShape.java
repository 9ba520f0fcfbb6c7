package care.rounds.routing;

import care.rounds.base.GeoPoint;

import java.util.List;

/**
 * The road shape of one drive, for drawing on the board.
 *
 * @param points    the polyline along the roads, from the start on the road to the end on the road;
 *                  two points (a straight line) for estimates, empty when not reachable
 * @param seconds   driving time; {@code NaN} when not reachable
 * @param meters    driving distance; {@code NaN} when not reachable
 * @param reachable false when no road connects the two locations
 * @param estimate  true when this is a straight-line estimate because no map is loaded
 */
public record RouteShape(List<GeoPoint> points, double seconds, double meters, boolean reachable,
                         boolean estimate) {

    public RouteShape {
        points = List.copyOf(points);
    }

    public static RouteShape unreachable() {
        return new RouteShape(List.of(), Double.NaN, Double.NaN, false, false);
    }
}
