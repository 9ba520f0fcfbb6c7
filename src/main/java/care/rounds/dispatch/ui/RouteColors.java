package care.rounds.dispatch.ui;

/** One colour per clinician on the board, told apart on the map and in the list. */
final class RouteColors {

    private static final String[] PALETTE = {"#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf",
            "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22"};

    private RouteColors() {
    }

    static String of(int index) {
        return PALETTE[Math.floorMod(index, PALETTE.length)];
    }
}
