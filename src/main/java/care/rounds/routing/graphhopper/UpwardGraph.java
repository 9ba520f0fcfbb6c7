package care.rounds.routing.graphhopper;

import com.graphhopper.storage.RoutingCHEdgeExplorer;
import com.graphhopper.storage.RoutingCHEdgeIterator;
import com.graphhopper.storage.RoutingCHGraph;

import java.util.Arrays;

/**
 * The upward half of the contraction hierarchy in flat arrays: for every junction, the edges and
 * shortcuts to higher-ranked junctions, leaving it ({@code out}) and arriving at it ({@code in}),
 * each with weight, time and length already worked out.
 * <p>
 * The many-to-many search runs a few hundred thousand small searches per matrix; reading
 * GraphHopper's CH edge iterators for them costs a weighting call per road segment, every time.
 * Copying the upward edges once when the map loads makes a search step an array read. Locations
 * snapped onto the middle of a segment are not in here: {@link UpwardSearch} asks the query graph
 * for the few edges of those virtual nodes.
 */
final class UpwardGraph {

    final Edges out;
    final Edges in;

    /** One adjacency list per node, compressed: node i's edges are at first[i] until first[i + 1]. */
    static final class Edges {
        final int[] first;
        final int[] adjacent;
        final double[] weight;
        final double[] millis;
        final double[] meters;

        private Edges(int[] first, int[] adjacent, double[] weight, double[] millis, double[] meters) {
            this.first = first;
            this.adjacent = adjacent;
            this.weight = weight;
            this.millis = millis;
            this.meters = meters;
        }
    }

    UpwardGraph(RoutingCHGraph chGraph, EdgeCosts costs) {
        this.out = collect(chGraph, chGraph.createOutEdgeExplorer(), costs, false);
        this.in = collect(chGraph, chGraph.createInEdgeExplorer(), costs, true);
    }

    /** @param arriving false for edges leaving each node, true for edges arriving at it */
    private static Edges collect(RoutingCHGraph chGraph, RoutingCHEdgeExplorer explorer, EdgeCosts costs,
                                 boolean arriving) {
        int nodes = chGraph.getNodes();
        int[] first = new int[nodes + 1];
        int capacity = Math.max(16, chGraph.getEdges());
        int[] adjacent = new int[capacity];
        double[] weight = new double[capacity];
        double[] millis = new double[capacity];
        double[] meters = new double[capacity];
        int count = 0;
        for (int node = 0; node < nodes; node++) {
            first[node] = count;
            RoutingCHEdgeIterator edge = explorer.setBaseNode(node);
            while (edge.next()) {
                int other = edge.getAdjNode();
                if (other == node || costs.level(other) < costs.level(node)) {
                    continue;
                }
                double edgeWeight = weight(edge, costs, arriving);
                if (Double.isInfinite(edgeWeight)) {
                    continue;
                }
                if (count == adjacent.length) {
                    int grown = count * 2;
                    adjacent = Arrays.copyOf(adjacent, grown);
                    weight = Arrays.copyOf(weight, grown);
                    millis = Arrays.copyOf(millis, grown);
                    meters = Arrays.copyOf(meters, grown);
                }
                adjacent[count] = other;
                weight[count] = edgeWeight;
                if (edge.isShortcut()) {
                    int shortcut = edge.getEdge() - costs.baseEdges();
                    millis[count] = costs.shortcutMillis(shortcut, arriving ? node : other);
                    meters[count] = costs.shortcutMeters(shortcut);
                } else {
                    int key = edge.getOrigEdgeKeyFirst() ^ (arriving ? 1 : 0);
                    millis[count] = costs.millis(key);
                    meters[count] = costs.meters(key);
                }
                count++;
            }
        }
        first[nodes] = count;
        return new Edges(first, Arrays.copyOf(adjacent, count), Arrays.copyOf(weight, count),
                Arrays.copyOf(millis, count), Arrays.copyOf(meters, count));
    }

    private static double weight(RoutingCHEdgeIterator edge, EdgeCosts costs, boolean arriving) {
        if (edge.isShortcut()) {
            return edge.getWeight(arriving);
        }
        return costs.weight(edge.getOrigEdgeKeyFirst() ^ (arriving ? 1 : 0));
    }
}
