package care.rounds.planning;

import java.util.Arrays;

/**
 * Travel between the locations of one planning problem, by index. Times are in the model's clock
 * unit (seconds for the clinic) and distances in meters (or the benchmark's own unit).
 * <p>
 * A pair of locations with no road between them is {@link #UNREACHABLE}: its travel time then
 * reads as zero, so times downstream stay sane, and the hard constraint
 * {@link PlanningConstraint#UNREACHABLE_LEG} makes any route using it infeasible. Flat arrays
 * because the solver asks for these numbers millions of times a second.
 */
public final class TravelTimeMatrix {

    /** Marks a pair of locations with no route between them. */
    public static final long UNREACHABLE = -1;

    private final int size;
    private final long[] seconds;
    private final long[] meters;

    private TravelTimeMatrix(int size, long[] seconds, long[] meters) {
        this.size = size;
        this.seconds = seconds;
        this.meters = meters;
    }

    /**
     * @param seconds square matrix of travel times, {@link #UNREACHABLE} where no route exists
     * @param meters  square matrix of the same size, or null to read distances as zero
     */
    public static TravelTimeMatrix of(long[][] seconds, long[][] meters) {
        int n = seconds.length;
        long[] flatSeconds = new long[n * n];
        long[] flatMeters = new long[n * n];
        for (int from = 0; from < n; from++) {
            if (seconds[from].length != n || (meters != null && meters[from].length != n)) {
                throw new IllegalArgumentException("A travel matrix must be square, row " + from + " is not.");
            }
            System.arraycopy(seconds[from], 0, flatSeconds, from * n, n);
            if (meters != null) {
                System.arraycopy(meters[from], 0, flatMeters, from * n, n);
            }
        }
        return new TravelTimeMatrix(n, flatSeconds, flatMeters);
    }

    public int size() {
        return size;
    }

    public boolean reachable(int from, int to) {
        return seconds[from * size + to] != UNREACHABLE;
    }

    /** Travel time, zero when unreachable (see the class comment). */
    public long seconds(int from, int to) {
        long value = seconds[from * size + to];
        return value == UNREACHABLE ? 0 : value;
    }

    public long meters(int from, int to) {
        long value = meters[from * size + to];
        return value == UNREACHABLE ? 0 : value;
    }

    @Override
    public String toString() {
        return "TravelTimeMatrix[" + size + " locations, " + Arrays.stream(seconds).filter(s -> s == UNREACHABLE).count()
                + " unreachable pairs]";
    }
}
