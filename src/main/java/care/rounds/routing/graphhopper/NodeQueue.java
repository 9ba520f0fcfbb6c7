package care.rounds.routing.graphhopper;

import java.util.Arrays;

/**
 * A binary min-heap of nodes by weight on primitive arrays. Entries are never updated in place: a
 * node reached again with a lower weight is pushed again and the stale entry is skipped when it
 * comes out, which is cheaper than a decrease-key on searches of a few hundred nodes.
 */
final class NodeQueue {

    private double[] weights = new double[256];
    private int[] nodes = new int[256];
    private int size;

    boolean isEmpty() {
        return size == 0;
    }

    void clear() {
        size = 0;
    }

    void push(int node, double weight) {
        if (size == weights.length) {
            weights = Arrays.copyOf(weights, size * 2);
            nodes = Arrays.copyOf(nodes, size * 2);
        }
        int hole = size++;
        while (hole > 0) {
            int parent = (hole - 1) >>> 1;
            if (weights[parent] <= weight) {
                break;
            }
            weights[hole] = weights[parent];
            nodes[hole] = nodes[parent];
            hole = parent;
        }
        weights[hole] = weight;
        nodes[hole] = node;
    }

    double peekWeight() {
        return weights[0];
    }

    int poll() {
        int top = nodes[0];
        size--;
        if (size > 0) {
            double weight = weights[size];
            int node = nodes[size];
            int hole = 0;
            while (true) {
                int child = 2 * hole + 1;
                if (child >= size) {
                    break;
                }
                if (child + 1 < size && weights[child + 1] < weights[child]) {
                    child++;
                }
                if (weights[child] >= weight) {
                    break;
                }
                weights[hole] = weights[child];
                nodes[hole] = nodes[child];
                hole = child;
            }
            weights[hole] = weight;
            nodes[hole] = node;
        }
        return top;
    }
}
