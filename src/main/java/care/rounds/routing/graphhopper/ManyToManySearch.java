package care.rounds.routing.graphhopper;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Travel times and distances from many sources to many targets in one go, on GraphHopper's
 * contraction hierarchy, with the bucket method of Knopp, Sanders, Schultes, Schulz and Wagner
 * (ALENEX 2007).
 * <p>
 * A backward upward search from each target leaves (target, weight, time, distance) in a bucket at
 * every node it settles. A forward upward search from each source then scans the buckets of the nodes
 * it settles: a shortest path in a contraction hierarchy climbs to its highest node and descends, so
 * the two searches meet there, and the best sum over all meeting nodes is the shortest path. Each
 * search touches a few hundred nodes instead of the whole map, which is why N x N costs about N
 * point-to-point queries' worth of work. Searches run in parallel; every worker keeps its own arrays.
 */
final class ManyToManySearch {

    private final ExecutorService workers;
    private final int parallelism;

    ManyToManySearch(ExecutorService workers, int parallelism) {
        this.workers = workers;
        this.parallelism = parallelism;
    }

    /**
     * @param sourceNodes query-graph node per source, or -1 for a source that is not on the map
     * @param targetNodes query-graph node per target, or -1
     * @return row-major milliseconds and meters; {@code NaN} where no path exists
     */
    Result compute(MatrixQuery query, int[] sourceNodes, int[] targetNodes) {
        Buckets buckets = collectBuckets(query, targetNodes);
        int rows = sourceNodes.length;
        int columns = targetNodes.length;
        double[] millis = new double[rows * columns];
        double[] meters = new double[rows * columns];
        inParallel(rows, (from, to) -> {
            UpwardSearch search = query.newSearch();
            double[] bestWeight = new double[columns];
            double[] bestMillis = new double[columns];
            double[] bestMeters = new double[columns];
            for (int source = from; source < to; source++) {
                Arrays.fill(bestWeight, Double.POSITIVE_INFINITY);
                if (sourceNodes[source] >= 0) {
                    search.run(sourceNodes[source], false);
                    buckets.meet(search, bestWeight, bestMillis, bestMeters);
                }
                int row = source * columns;
                for (int target = 0; target < columns; target++) {
                    boolean found = bestWeight[target] < Double.POSITIVE_INFINITY;
                    millis[row + target] = found ? bestMillis[target] : Double.NaN;
                    meters[row + target] = found ? bestMeters[target] : Double.NaN;
                }
            }
        });
        return new Result(millis, meters);
    }

    record Result(double[] millis, double[] meters) {
    }

    private Buckets collectBuckets(MatrixQuery query, int[] targetNodes) {
        SearchSpace[] spaces = new SearchSpace[targetNodes.length];
        inParallel(targetNodes.length, (from, to) -> {
            UpwardSearch search = query.newSearch();
            for (int target = from; target < to; target++) {
                if (targetNodes[target] >= 0) {
                    search.run(targetNodes[target], true);
                    spaces[target] = SearchSpace.of(search);
                }
            }
        });
        return Buckets.of(query.nodes(), spaces);
    }

    /** The nodes one backward search settled, with weight, time and distance from each to its target. */
    private record SearchSpace(int[] nodes, double[] weights, double[] millis, double[] meters) {

        static SearchSpace of(UpwardSearch search) {
            int count = search.settledCount();
            int[] nodes = new int[count];
            double[] weights = new double[count];
            double[] millis = new double[count];
            double[] meters = new double[count];
            for (int i = 0; i < count; i++) {
                int node = search.settledNode(i);
                nodes[i] = node;
                weights[i] = search.weight(node);
                millis[i] = search.millis(node);
                meters[i] = search.meters(node);
            }
            return new SearchSpace(nodes, weights, millis, meters);
        }
    }

    /** All buckets in flat arrays, grouped by node (compressed rows): no object per entry. */
    private record Buckets(int[] firstEntry, int[] targets, double[] weights, double[] millis, double[] meters) {

        static Buckets of(int nodes, SearchSpace[] spaces) {
            int[] firstEntry = new int[nodes + 1];
            for (SearchSpace space : spaces) {
                if (space != null) {
                    for (int node : space.nodes) {
                        firstEntry[node + 1]++;
                    }
                }
            }
            for (int node = 0; node < nodes; node++) {
                firstEntry[node + 1] += firstEntry[node];
            }
            int entries = firstEntry[nodes];
            int[] targets = new int[entries];
            double[] weights = new double[entries];
            double[] millis = new double[entries];
            double[] meters = new double[entries];
            int[] fill = Arrays.copyOf(firstEntry, nodes);
            for (int target = 0; target < spaces.length; target++) {
                SearchSpace space = spaces[target];
                if (space == null) {
                    continue;
                }
                for (int i = 0; i < space.nodes.length; i++) {
                    int at = fill[space.nodes[i]]++;
                    targets[at] = target;
                    weights[at] = space.weights[i];
                    millis[at] = space.millis[i];
                    meters[at] = space.meters[i];
                }
            }
            return new Buckets(firstEntry, targets, weights, millis, meters);
        }

        /** Scans the buckets of every node the forward search settled and keeps the best meeting per target. */
        void meet(UpwardSearch forward, double[] bestWeight, double[] bestMillis, double[] bestMeters) {
            for (int i = 0; i < forward.settledCount(); i++) {
                int node = forward.settledNode(i);
                double weight = forward.weight(node);
                for (int entry = firstEntry[node]; entry < firstEntry[node + 1]; entry++) {
                    int target = targets[entry];
                    double total = weight + weights[entry];
                    if (total < bestWeight[target]) {
                        bestWeight[target] = total;
                        bestMillis[target] = forward.millis(node) + millis[entry];
                        bestMeters[target] = forward.meters(node) + meters[entry];
                    }
                }
            }
        }
    }

    private interface RangeTask {
        void run(int from, int to);
    }

    /** Splits 0..count into a few ranges per worker so that a slow range does not leave cores idle. */
    private void inParallel(int count, RangeTask task) {
        int chunks = Math.max(1, Math.min(count / 8, parallelism * 4));
        if (chunks == 1 || parallelism == 1) {
            task.run(0, count);
            return;
        }
        List<Callable<Void>> parts = new ArrayList<>(chunks);
        for (int chunk = 0; chunk < chunks; chunk++) {
            int from = (int) ((long) count * chunk / chunks);
            int to = (int) ((long) count * (chunk + 1) / chunks);
            parts.add(() -> {
                task.run(from, to);
                return null;
            });
        }
        try {
            for (Future<Void> part : workers.invokeAll(parts)) {
                part.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while computing a travel matrix", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Computing a travel matrix failed", e.getCause());
        }
    }
}
