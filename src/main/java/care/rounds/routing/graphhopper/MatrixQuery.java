package care.rounds.routing.graphhopper;

import com.graphhopper.routing.querygraph.QueryGraph;
import com.graphhopper.routing.querygraph.QueryRoutingCHGraph;
import com.graphhopper.routing.weighting.Weighting;
import com.graphhopper.storage.RoutingCHEdgeIterator;
import com.graphhopper.storage.RoutingCHGraph;
import com.graphhopper.storage.index.Snap;
import com.graphhopper.util.EdgeIteratorState;

import java.util.List;

/**
 * The contraction hierarchy of one matrix request: the road graph plus a virtual node for every
 * location snapped onto the middle of a road segment. GraphHopper's {@link QueryRoutingCHGraph}
 * splits those segments; this class adds the time and length of the split pieces, which only exist
 * for this request, to the precomputed {@link EdgeCosts}.
 */
final class MatrixQuery {

    private final EdgeCosts costs;
    private final RoutingCHGraph graph;
    private final int baseKeys;
    private final double[] virtualMillis;
    private final double[] virtualMeters;

    private final UpwardGraph upward;

    /** Builds the query graph; afterwards each snap's closest node is the node to search from. */
    MatrixQuery(RoadGraph roads, EdgeCosts costs, UpwardGraph upward, List<Snap> snaps) {
        this.costs = costs;
        this.upward = upward;
        QueryGraph queryGraph = QueryGraph.create(roads.baseGraph(), snaps);
        this.graph = new QueryRoutingCHGraph(roads.chGraph(), queryGraph);
        this.baseKeys = 2 * costs.baseEdges();
        Weighting weighting = roads.weighting();
        int virtualKeys = 2 * (queryGraph.getEdges() - costs.baseEdges());
        virtualMillis = new double[virtualKeys];
        virtualMeters = new double[virtualKeys];
        for (int i = 0; i < virtualKeys; i++) {
            EdgeIteratorState piece = queryGraph.getEdgeIteratorStateForKey(baseKeys + i);
            double weight = weighting.calcEdgeWeight(piece, false);
            virtualMillis[i] = Double.isFinite(weight) ? weighting.calcEdgeMillis(piece, false) : Double.NaN;
            virtualMeters[i] = piece.getDistance();
        }
    }

    RoutingCHGraph graph() {
        return graph;
    }

    int nodes() {
        return graph.getNodes();
    }

    UpwardSearch newSearch() {
        return new UpwardSearch(this, upward, costs.baseNodes());
    }

    /**
     * @param against false to travel the edge from the iterator's base node to its adjacent node,
     *                true to travel it from the adjacent node to the base node
     */
    double weight(RoutingCHEdgeIterator edge, boolean against) {
        if (edge.isShortcut()) {
            return edge.getWeight(against);
        }
        int key = edge.getOrigEdgeKeyFirst() ^ (against ? 1 : 0);
        return key < baseKeys ? costs.weight(key) : edge.getWeight(against);
    }

    double millis(RoutingCHEdgeIterator edge, boolean against) {
        if (edge.isShortcut()) {
            return costs.shortcutMillis(edge.getEdge() - costs.baseEdges(), against ? edge.getBaseNode() : edge.getAdjNode());
        }
        int key = edge.getOrigEdgeKeyFirst() ^ (against ? 1 : 0);
        return key < baseKeys ? costs.millis(key) : virtualMillis[key - baseKeys];
    }

    double meters(RoutingCHEdgeIterator edge) {
        if (edge.isShortcut()) {
            return costs.shortcutMeters(edge.getEdge() - costs.baseEdges());
        }
        int key = edge.getOrigEdgeKeyFirst();
        return key < baseKeys ? costs.meters(key) : virtualMeters[key - baseKeys];
    }
}
