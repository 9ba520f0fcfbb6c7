package care.rounds.routing.graphhopper;

import com.graphhopper.routing.weighting.Weighting;
import com.graphhopper.storage.BaseGraph;
import com.graphhopper.storage.RoutingCHEdgeIteratorState;
import com.graphhopper.storage.RoutingCHGraph;
import com.graphhopper.util.EdgeIteratorState;

/**
 * Weight, driving time and length of every road segment and every contraction-hierarchy shortcut,
 * worked out once per loaded graph.
 * <p>
 * GraphHopper's shortcuts carry only a weight, and its weight is not time (the car model adds a cost
 * per meter). A matrix needs time and distance of the best-weight path, so each shortcut's time and
 * length are summed here from the road segments it stands for, in both directions, exactly as
 * GraphHopper adds them up when it unpacks a route. Road segments are addressed by GraphHopper's edge
 * key (edge * 2, +1 against the stored direction), so a search reads the cost of the direction it
 * travels without asking the weighting again.
 */
final class EdgeCosts {

    private final int baseEdges;
    private final int baseNodes;
    private final int[] levels;
    private final double[] weightByKey;
    private final double[] millisByKey;
    private final double[] metersByEdge;
    private final int[] shortcutNodeB;
    private final double[] shortcutMillisToB;
    private final double[] shortcutMillisToA;
    private final double[] shortcutMeters;
    private final boolean[] shortcutDone;

    EdgeCosts(BaseGraph baseGraph, RoutingCHGraph chGraph) {
        Weighting weighting = chGraph.getWeighting();
        baseEdges = baseGraph.getEdges();
        baseNodes = baseGraph.getNodes();
        levels = new int[baseNodes];
        for (int node = 0; node < baseNodes; node++) {
            levels[node] = chGraph.getLevel(node);
        }
        weightByKey = new double[2 * baseEdges];
        millisByKey = new double[2 * baseEdges];
        metersByEdge = new double[baseEdges];
        for (int key = 0; key < 2 * baseEdges; key++) {
            EdgeIteratorState edge = baseGraph.getEdgeIteratorStateForKey(key);
            weightByKey[key] = weighting.calcEdgeWeight(edge, false);
            millisByKey[key] = Double.isFinite(weightByKey[key]) ? weighting.calcEdgeMillis(edge, false) : Double.NaN;
            metersByEdge[key >> 1] = edge.getDistance();
        }
        int shortcuts = chGraph.getShortcuts();
        shortcutNodeB = new int[shortcuts];
        shortcutMillisToB = new double[shortcuts];
        shortcutMillisToA = new double[shortcuts];
        shortcutMeters = new double[shortcuts];
        shortcutDone = new boolean[shortcuts];
        for (int shortcut = 0; shortcut < shortcuts; shortcut++) {
            unpack(chGraph, shortcut);
        }
    }

    /**
     * Sums a shortcut from the two edges it skips: a -> middle over the first, middle -> b over the
     * second (GraphHopper's own unpacking finds the middle node the same way).
     */
    private void unpack(RoutingCHGraph chGraph, int shortcut) {
        if (shortcutDone[shortcut]) {
            return;
        }
        RoutingCHEdgeIteratorState edge = chGraph.getEdgeIteratorState(baseEdges + shortcut, Integer.MIN_VALUE);
        int a = edge.getBaseNode();
        int b = edge.getAdjNode();
        RoutingCHEdgeIteratorState toB = chGraph.getEdgeIteratorState(edge.getSkippedEdge2(), b);
        RoutingCHEdgeIteratorState fromA;
        if (toB == null) {
            toB = chGraph.getEdgeIteratorState(edge.getSkippedEdge1(), b);
            fromA = chGraph.getEdgeIteratorState(edge.getSkippedEdge2(), toB.getBaseNode());
        } else {
            fromA = chGraph.getEdgeIteratorState(edge.getSkippedEdge1(), toB.getBaseNode());
        }
        int middle = toB.getBaseNode();
        shortcutNodeB[shortcut] = b;
        shortcutMillisToB[shortcut] = millis(chGraph, fromA, middle) + millis(chGraph, toB, b);
        shortcutMillisToA[shortcut] = millis(chGraph, toB, middle) + millis(chGraph, fromA, a);
        shortcutMeters[shortcut] = meters(chGraph, fromA) + meters(chGraph, toB);
        shortcutDone[shortcut] = true;
    }

    private double millis(RoutingCHGraph chGraph, RoutingCHEdgeIteratorState edge, int towards) {
        if (edge.isShortcut()) {
            int shortcut = edge.getEdge() - baseEdges;
            unpack(chGraph, shortcut);
            return shortcutMillis(shortcut, towards);
        }
        int key = edge.getOrigEdgeKeyFirst();
        return millisByKey[edge.getAdjNode() == towards ? key : key ^ 1];
    }

    private double meters(RoutingCHGraph chGraph, RoutingCHEdgeIteratorState edge) {
        if (edge.isShortcut()) {
            int shortcut = edge.getEdge() - baseEdges;
            unpack(chGraph, shortcut);
            return shortcutMeters[shortcut];
        }
        return metersByEdge[edge.getOrigEdge()];
    }

    int baseEdges() {
        return baseEdges;
    }

    int baseNodes() {
        return baseNodes;
    }

    /** The contraction level; virtual nodes of a query (ids past the road graph) rank above all. */
    int level(int node) {
        return node < baseNodes ? levels[node] : Integer.MAX_VALUE;
    }

    double weight(int edgeKey) {
        return weightByKey[edgeKey];
    }

    double millis(int edgeKey) {
        return millisByKey[edgeKey];
    }

    double meters(int edgeKey) {
        return metersByEdge[edgeKey >> 1];
    }

    /** @param shortcut the shortcut's number, its CH edge id minus the road segments */
    double shortcutMillis(int shortcut, int towards) {
        return towards == shortcutNodeB[shortcut] ? shortcutMillisToB[shortcut] : shortcutMillisToA[shortcut];
    }

    double shortcutMeters(int shortcut) {
        return shortcutMeters[shortcut];
    }
}
