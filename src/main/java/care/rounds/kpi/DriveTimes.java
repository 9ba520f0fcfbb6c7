package care.rounds.kpi;

import care.rounds.base.GeoPoint;
import care.rounds.routing.Leg;
import care.rounds.routing.LocationNotReachableException;
import care.rounds.routing.Routing;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A clinician's driving on one day along the roads: home base to the first visit, visit to visit, and the
 * last visit back to home base. Free-flow road times, without the planner's traffic and parking buffers,
 * so the figure is what the roads cost, not what the plan reserved.
 */
@Component
class DriveTimes {

    record Drive(Duration time, int unreachableLegs) {
    }

    private final Routing routing;

    DriveTimes(Routing routing) {
        this.routing = routing;
    }

    Drive route(GeoPoint homeBase, List<GeoPoint> stops) {
        if (stops.isEmpty()) {
            return new Drive(Duration.ZERO, 0);
        }
        List<GeoPoint> path = new ArrayList<>();
        path.add(homeBase);
        path.addAll(stops);
        path.add(homeBase);
        double seconds = 0;
        int unreachable = 0;
        for (int i = 0; i + 1 < path.size(); i++) {
            Leg leg = leg(path.get(i), path.get(i + 1));
            if (leg.reachable()) {
                seconds += leg.seconds();
            } else {
                unreachable++;
            }
        }
        return new Drive(Duration.ofSeconds(Math.round(seconds)), unreachable);
    }

    boolean estimate() {
        return routing.map().estimate();
    }

    private Leg leg(GeoPoint from, GeoPoint to) {
        if (from == null || to == null) {
            return Leg.unreachable();
        }
        try {
            return routing.travel(from, to);
        } catch (LocationNotReachableException e) {
            return Leg.unreachable();
        }
    }
}
