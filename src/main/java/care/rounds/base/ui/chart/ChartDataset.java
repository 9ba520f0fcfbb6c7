package care.rounds.base.ui.chart;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One series of a {@link RoundsChart}: a value per label, in the labels' order.
 *
 * @param values   null entries leave a gap (no data for that label)
 * @param colorCss any CSS colour, including {@code var(--lumo-primary-color)}; null picks one
 */
public record ChartDataset(String label, List<? extends Number> values, String colorCss) {

    public ChartDataset {
        Objects.requireNonNull(label, "label");
        // Unmodifiable but null-tolerant (List.copyOf refuses nulls, and gaps are allowed).
        values = Collections.unmodifiableList(new ArrayList<>(values));
    }

    public static ChartDataset of(String label, List<? extends Number> values) {
        return new ChartDataset(label, values, null);
    }
}
