package care.rounds.routing.graphhopper;

import com.graphhopper.storage.RoutingCHEdgeExplorer;
import com.graphhopper.storage.RoutingCHEdgeIterator;

/**
 * A Dijkstra search that only climbs the contraction hierarchy, forward from a start or backward
 * towards a destination, carrying time and distance alongside the weight it minimises. One instance
 * per worker thread, reused for many starts: arrays are reset by a run stamp instead of being cleared.
 * <p>
 * Junctions are read from the {@link UpwardGraph} arrays; only the virtual nodes of snapped
 * locations come from GraphHopper's query graph. Stall-on-demand (as in GraphHopper's own CH search)
 * drops junctions that an edge from an already reached, higher junction proves to be reached on a
 * detour: they cannot lie on a shortest path, and leaving them out keeps buckets and scans small.
 */
final class UpwardSearch {

    /** GraphHopper stores shortcut weights rounded to 0.001; a smaller difference proves nothing. */
    private static final double STALL_PRECISION = 0.001;

    private final MatrixQuery query;
    private final UpwardGraph upward;
    private final int junctions;
    private final RoutingCHEdgeExplorer virtualOut;
    private final RoutingCHEdgeExplorer virtualIn;
    private final double[] weight;
    private final double[] millis;
    private final double[] meters;
    private final int[] reachedIn;
    private final int[] settledIn;
    private final NodeQueue queue = new NodeQueue();
    private int run;
    private int[] settled = new int[512];
    private int settledCount;

    UpwardSearch(MatrixQuery query, UpwardGraph upward, int junctions) {
        this.query = query;
        this.upward = upward;
        this.junctions = junctions;
        this.virtualOut = query.graph().createOutEdgeExplorer();
        this.virtualIn = query.graph().createInEdgeExplorer();
        int nodes = query.nodes();
        weight = new double[nodes];
        millis = new double[nodes];
        meters = new double[nodes];
        reachedIn = new int[nodes];
        settledIn = new int[nodes];
    }

    /**
     * @param backward false to search from {@code start} along the roads' direction, true to search
     *                 the roads leading to {@code start}
     */
    void run(int start, boolean backward) {
        run++;
        settledCount = 0;
        queue.clear();
        reach(start, 0, 0, 0);
        UpwardGraph.Edges climb = backward ? upward.in : upward.out;
        UpwardGraph.Edges stallers = backward ? upward.out : upward.in;
        while (!queue.isEmpty()) {
            double nodeWeight = queue.peekWeight();
            int node = queue.poll();
            if (settledIn[node] == run || nodeWeight > weight[node]) {
                continue;
            }
            settledIn[node] = run;
            if (node >= junctions) {
                keepSettled(node);
                leaveVirtualNode(node, nodeWeight, backward);
                continue;
            }
            if (isStalled(node, stallers)) {
                continue;
            }
            keepSettled(node);
            for (int edge = climb.first[node]; edge < climb.first[node + 1]; edge++) {
                int next = climb.adjacent[edge];
                double nextWeight = nodeWeight + climb.weight[edge];
                if (reachedIn[next] != run || nextWeight < weight[next]) {
                    reach(next, nextWeight, millis[node] + climb.millis[edge], meters[node] + climb.meters[edge]);
                }
            }
        }
    }

    /** A snapped location's node: its pieces of road lead to the segment's ends or to other such nodes. */
    private void leaveVirtualNode(int node, double nodeWeight, boolean backward) {
        RoutingCHEdgeIterator edge = (backward ? virtualIn : virtualOut).setBaseNode(node);
        while (edge.next()) {
            double edgeWeight = query.weight(edge, backward);
            if (Double.isInfinite(edgeWeight)) {
                continue;
            }
            int next = edge.getAdjNode();
            double nextWeight = nodeWeight + edgeWeight;
            if (reachedIn[next] != run || nextWeight < weight[next]) {
                reach(next, nextWeight, millis[node] + query.millis(edge, backward), meters[node] + query.meters(edge));
            }
        }
    }

    /** Reached on a detour if a higher junction already reached has a shorter way here. */
    private boolean isStalled(int node, UpwardGraph.Edges stallers) {
        for (int edge = stallers.first[node]; edge < stallers.first[node + 1]; edge++) {
            int other = stallers.adjacent[edge];
            if (reachedIn[other] == run && weight[other] + stallers.weight[edge] - weight[node] < -STALL_PRECISION) {
                return true;
            }
        }
        return false;
    }

    private void reach(int node, double nodeWeight, double nodeMillis, double nodeMeters) {
        reachedIn[node] = run;
        weight[node] = nodeWeight;
        millis[node] = nodeMillis;
        meters[node] = nodeMeters;
        queue.push(node, nodeWeight);
    }

    private void keepSettled(int node) {
        if (settledCount == settled.length) {
            settled = java.util.Arrays.copyOf(settled, settledCount * 2);
        }
        settled[settledCount++] = node;
    }

    /** How many nodes the last run settled without stalling them. */
    int settledCount() {
        return settledCount;
    }

    int settledNode(int i) {
        return settled[i];
    }

    double weight(int node) {
        return weight[node];
    }

    double millis(int node) {
        return millis[node];
    }

    double meters(int node) {
        return meters[node];
    }
}
