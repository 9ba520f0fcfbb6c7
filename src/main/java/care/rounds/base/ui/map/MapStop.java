package care.rounds.base.ui.map;

import care.rounds.base.GeoPoint;

import java.util.Objects;

/**
 * One marker on a {@link RoundsMap}.
 *
 * @param number   place in the route shown inside the marker; 0 shows no number
 * @param colorCss any CSS colour, including {@code var(--lumo-primary-color)}; null for the default
 * @param tooltip  plain text (never HTML) shown on hover; null for none
 */
public record MapStop(String id, GeoPoint point, int number, String colorCss, String tooltip, StopKind kind) {

    public MapStop {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(point, "point");
        Objects.requireNonNull(kind, "kind");
        if (number < 0) {
            throw new IllegalArgumentException("A stop number is 1 or more, or 0 for none.");
        }
    }
}
