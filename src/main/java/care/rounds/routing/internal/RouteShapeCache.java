package care.rounds.routing.internal;

import care.rounds.base.GeoPoint;
import care.rounds.routing.RouteShape;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The last route shapes drawn, least recently used out first: the board redraws the same legs all
 * day, and a shape is a full GraphHopper route with its geometry.
 */
final class RouteShapeCache {

    private record Leg(GeoPoint from, GeoPoint to) {
    }

    private final Map<Leg, RouteShape> shapes;

    RouteShapeCache(int capacity) {
        this.shapes = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Leg, RouteShape> eldest) {
                return size() > capacity;
            }
        };
    }

    RouteShape get(GeoPoint from, GeoPoint to, Supplier<RouteShape> compute) {
        Leg leg = new Leg(from, to);
        synchronized (shapes) {
            RouteShape known = shapes.get(leg);
            if (known != null) {
                return known;
            }
        }
        RouteShape shape = compute.get();
        synchronized (shapes) {
            shapes.put(leg, shape);
        }
        return shape;
    }

    int size() {
        synchronized (shapes) {
            return shapes.size();
        }
    }
}
