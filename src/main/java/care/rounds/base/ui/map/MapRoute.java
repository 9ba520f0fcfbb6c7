package care.rounds.base.ui.map;

import care.rounds.base.GeoPoint;

import java.util.List;
import java.util.Objects;

/**
 * One line on a {@link RoundsMap}, usually a clinician's driving route for the day.
 *
 * @param colorCss any CSS colour, including {@code var(...)}; null for the default
 * @param label    plain text shown on hover; null for none
 */
public record MapRoute(String id, String colorCss, List<GeoPoint> polyline, String label) {

    public MapRoute {
        Objects.requireNonNull(id, "id");
        polyline = Polylines.simplified(polyline, Polylines.SCREEN_TOLERANCE_DEGREES);
    }
}
