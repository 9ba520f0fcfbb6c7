package care.rounds.routing;

import care.rounds.base.GeoPoint;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Driving times and distances between every ordered pair of a list of locations; row = from,
 * column = to, indexes as in {@link #locations()}.
 * <p>
 * A pair with no road between them is not reachable: {@link #seconds} and {@link #meters} refuse to
 * answer for it instead of returning 0 or a huge number that a planner would silently believe. Check
 * {@link #isReachable} first, or use {@link #secondsOr}.
 */
public final class TravelMatrix {

    private final List<GeoPoint> locations;
    private final double[] seconds;
    private final double[] meters;
    private final String[] locationProblems;
    private final boolean estimate;

    /**
     * @param seconds          row-major, {@code NaN} for pairs with no route
     * @param meters           row-major, {@code NaN} for pairs with no route
     * @param locationProblems per location, why it could not be placed on a road, or null
     */
    public TravelMatrix(List<GeoPoint> locations, double[] seconds, double[] meters,
                        String[] locationProblems, boolean estimate) {
        int n = locations.size();
        if (seconds.length != n * n || meters.length != n * n || locationProblems.length != n) {
            throw new IllegalArgumentException("A matrix of " + n + " locations needs " + n * n + " pairs");
        }
        this.locations = List.copyOf(locations);
        this.seconds = seconds;
        this.meters = meters;
        this.locationProblems = locationProblems;
        this.estimate = estimate;
    }

    public List<GeoPoint> locations() {
        return locations;
    }

    public int size() {
        return locations.size();
    }

    /** True when the figures are straight-line estimates because no map is loaded. */
    public boolean estimate() {
        return estimate;
    }

    public boolean isReachable(int from, int to) {
        return !Double.isNaN(seconds[index(from, to)]);
    }

    /** @throws IllegalStateException when no road leads from {@code from} to {@code to} */
    public double seconds(int from, int to) {
        return checked(seconds, from, to);
    }

    /** @throws IllegalStateException when no road leads from {@code from} to {@code to} */
    public double meters(int from, int to) {
        return checked(meters, from, to);
    }

    public double secondsOr(int from, int to, double whenUnreachable) {
        double value = seconds[index(from, to)];
        return Double.isNaN(value) ? whenUnreachable : value;
    }

    /** Why a location has no routes at all (it could not be placed on a road), if so. */
    public Optional<String> locationProblem(int location) {
        return Optional.ofNullable(locationProblems[location]);
    }

    public long unreachablePairs() {
        return Arrays.stream(seconds).filter(Double::isNaN).count();
    }

    private double checked(double[] values, int from, int to) {
        double value = values[index(from, to)];
        if (Double.isNaN(value)) {
            // indexes only: the coordinates are patients' homes and exception messages end up in logs
            throw new IllegalStateException("No road leads from location " + from + " to location " + to
                    + " on the loaded map; check isReachable first");
        }
        return value;
    }

    private int index(int from, int to) {
        int n = locations.size();
        if (from < 0 || from >= n || to < 0 || to >= n) {
            throw new IndexOutOfBoundsException("Locations are numbered 0 to " + (n - 1));
        }
        return from * n + to;
    }
}
