package care.rounds.routing.internal;

import care.rounds.base.GeoPoint;
import care.rounds.routing.TravelMatrix;
import com.carrotsearch.hppc.LongLongHashMap;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Times and distances of location pairs already computed, keyed by location, so that a planner
 * adding one visit to N known homes pays for one row and one column, not N + 1 squared.
 * <p>
 * Kept in memory only, not in PostgreSQL: the many-to-many search recomputes 1000 x 1000 pairs in
 * about a second, faster than a million rows can be read back, the values depend on the exact map
 * file (a new map would have to invalidate them), and after a restart the first plan rebuilds what it
 * needs. Pairs are packed two floats to a long in a primitive map: a million pairs take about 32 MB.
 * When the configured number of pairs is exceeded the cache starts over rather than tracking usage.
 */
public final class TravelMatrixCache {

    private final int maxPairs;
    private final Map<GeoPoint, Integer> ids = new HashMap<>();
    private final Map<GeoPoint, String> problems = new HashMap<>();
    private final LongLongHashMap pairs = new LongLongHashMap();

    public TravelMatrixCache(int maxPairs) {
        this.maxPairs = maxPairs;
    }

    public TravelMatrix matrix(List<GeoPoint> locations, TravelTimes engine) {
        List<GeoPoint> distinct = List.copyOf(new LinkedHashSet<>(locations));
        while (true) {
            List<GeoPoint> fresh = needingRowAndColumn(distinct);
            MatrixBlock rows = null;
            MatrixBlock columns = null;
            List<GeoPoint> known = new ArrayList<>(distinct);
            if (!fresh.isEmpty()) {
                known.removeAll(Set.copyOf(fresh));
                rows = engine.matrix(fresh, distinct);
                columns = known.isEmpty() ? null : engine.matrix(known, fresh);
            }
            synchronized (this) {
                if (rows != null) {
                    store(fresh, distinct, rows, columns, known);
                }
                TravelMatrix matrix = assemble(locations, engine.map().estimate());
                if (matrix != null) {
                    return matrix;
                }
            }
            // another thread started the cache over between computing and reading: compute again
        }
    }

    public synchronized int size() {
        return pairs.size();
    }

    public synchronized void clear() {
        ids.clear();
        problems.clear();
        pairs.clear();
    }

    /**
     * New locations, plus one end of any known pair that is missing (known locations from different
     * earlier requests), so that every missing pair is in a computed row or column.
     */
    private synchronized List<GeoPoint> needingRowAndColumn(List<GeoPoint> locations) {
        Set<GeoPoint> fresh = new LinkedHashSet<>();
        for (GeoPoint location : locations) {
            if (!ids.containsKey(location)) {
                fresh.add(location);
            }
        }
        for (GeoPoint from : locations) {
            if (fresh.contains(from)) {
                continue;
            }
            for (GeoPoint to : locations) {
                if (!fresh.contains(to) && !pairs.containsKey(key(ids.get(from), ids.get(to)))) {
                    fresh.add(from);
                    break;
                }
            }
        }
        return new ArrayList<>(fresh);
    }

    private void store(List<GeoPoint> fresh, List<GeoPoint> all, MatrixBlock rows, MatrixBlock columns,
                       List<GeoPoint> known) {
        long added = (long) fresh.size() * all.size() + (long) known.size() * fresh.size();
        if (pairs.size() + added > maxPairs) {
            clear();
        }
        for (int s = 0; s < fresh.size(); s++) {
            remember(fresh.get(s), rows.sourceProblems()[s]);
        }
        for (int t = 0; t < all.size(); t++) {
            remember(all.get(t), rows.targetProblems()[t]);
        }
        for (int s = 0; s < fresh.size(); s++) {
            for (int t = 0; t < all.size(); t++) {
                pairs.put(key(ids.get(fresh.get(s)), ids.get(all.get(t))), pack(rows.seconds(s, t), rows.meters(s, t)));
            }
        }
        if (columns != null) {
            for (int s = 0; s < known.size(); s++) {
                for (int t = 0; t < fresh.size(); t++) {
                    pairs.put(key(ids.get(known.get(s)), ids.get(fresh.get(t))),
                            pack(columns.seconds(s, t), columns.meters(s, t)));
                }
            }
        }
    }

    private void remember(GeoPoint location, String problem) {
        ids.computeIfAbsent(location, key -> ids.size());
        if (problem != null) {
            problems.put(location, problem);
        }
    }

    /** @return null when a pair went missing because the cache started over meanwhile */
    private TravelMatrix assemble(List<GeoPoint> locations, boolean estimate) {
        int n = locations.size();
        double[] seconds = new double[n * n];
        double[] meters = new double[n * n];
        String[] locationProblems = new String[n];
        for (int from = 0; from < n; from++) {
            Integer fromId = ids.get(locations.get(from));
            if (fromId == null) {
                return null;
            }
            locationProblems[from] = problems.get(locations.get(from));
            for (int to = 0; to < n; to++) {
                Integer toId = ids.get(locations.get(to));
                long pairKey = toId == null ? -1 : key(fromId, toId);
                if (toId == null || !pairs.containsKey(pairKey)) {
                    return null;
                }
                long packed = pairs.get(pairKey);
                seconds[from * n + to] = Float.intBitsToFloat((int) (packed >>> 32));
                meters[from * n + to] = Float.intBitsToFloat((int) packed);
            }
        }
        return new TravelMatrix(locations, seconds, meters, locationProblems, estimate);
    }

    private static long key(int from, int to) {
        return ((long) from << 32) | (to & 0xffffffffL);
    }

    /** NaN (no route) survives the trip through float. */
    private static long pack(double seconds, double meters) {
        return ((long) Float.floatToRawIntBits((float) seconds) << 32) | (Float.floatToRawIntBits((float) meters) & 0xffffffffL);
    }
}
