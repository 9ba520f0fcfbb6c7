package care.rounds.dispatch.ui;

import java.util.Locale;

/**
 * One colour per clinician on the board: her route and stops on the map, the band at the start of her
 * timeline row and her line in the legend all take the colour of her place in the day's list of routes.
 */
final class RouteColors {

    private static final String[] PALETTE = {"#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf",
            "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22"};

    private RouteColors() {
    }

    static String of(int index) {
        return PALETTE[Math.floorMod(index, PALETTE.length)];
    }

    /**
     * Styles for the timeline's shadow root that colour row {@code i} (label and lane) with {@link #of}(i):
     * a thick band at the row's label and a faint tint along its lane. The timeline keeps its rows in the
     * order given, so the n-th label is the n-th route.
     */
    static String timelineRowStyles(int rows) {
        StringBuilder css = new StringBuilder();
        for (int i = 0; i < rows; i++) {
            String colour = of(i);
            css.append(String.format(Locale.ROOT, ".vis-labelset .vis-label:nth-child(%d){border-left:8px solid %s;"
                    + "background:%s1f}.vis-foreground .vis-group:nth-child(%d){background:%s0d}",
                    i + 1, colour, colour, i + 1, colour));
        }
        return css.toString();
    }
}
