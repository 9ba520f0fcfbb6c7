package care.rounds.routing.internal;

/**
 * A rectangular piece of a travel matrix, row-major, {@code NaN} for pairs with no route.
 *
 * @param sourceProblems why a source could not be placed on a road, or null
 * @param targetProblems why a target could not be placed on a road, or null
 */
public record MatrixBlock(int sources, int targets, double[] seconds, double[] meters,
                          String[] sourceProblems, String[] targetProblems, boolean estimate) {

    public double seconds(int source, int target) {
        return seconds[source * targets + target];
    }

    public double meters(int source, int target) {
        return meters[source * targets + target];
    }
}
