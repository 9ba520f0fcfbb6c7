package care.rounds.planning.clinic;

import care.rounds.base.GeoPoint;
import care.rounds.planning.PlanningSettings;
import care.rounds.planning.TravelTimeMatrix;
import care.rounds.routing.Routing;
import care.rounds.routing.TravelMatrix;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Road travel times for the planner: the routing module's free-flow times plus a traffic buffer and
 * a few minutes to park and reach the door, since free-flow times alone make every day run late.
 */
@Component
class ClinicMatrix {

    private final Routing routing;
    private final PlanningSettings settings;

    ClinicMatrix(Routing routing, PlanningSettings settings) {
        this.routing = routing;
        this.settings = settings;
    }

    TravelTimeMatrix between(List<GeoPoint> points) {
        TravelMatrix roads = routing.matrix(points);
        int n = points.size();
        long[][] seconds = new long[n][n];
        long[][] meters = new long[n][n];
        double factor = 1 + settings.trafficBufferPercent() / 100.0;
        long parking = settings.parkingMinutes() * 60L;
        for (int from = 0; from < n; from++) {
            for (int to = 0; to < n; to++) {
                if (from == to) {
                    continue;
                }
                if (!roads.isReachable(from, to)) {
                    seconds[from][to] = TravelTimeMatrix.UNREACHABLE;
                    meters[from][to] = TravelTimeMatrix.UNREACHABLE;
                } else {
                    seconds[from][to] = Math.round(roads.seconds(from, to) * factor) + parking;
                    meters[from][to] = Math.round(roads.meters(from, to));
                }
            }
        }
        return TravelTimeMatrix.of(seconds, meters);
    }
}
