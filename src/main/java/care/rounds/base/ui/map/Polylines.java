package care.rounds.base.ui.map;

import care.rounds.base.GeoPoint;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Lighter lines for the screen: a road route has a point at every bend of every street, far more
 * than a map at street zoom can show. Douglas-Peucker drops the points that lie within a tolerance of
 * the line through their neighbours; the drawn route looks the same and the page gets a fraction of
 * the data.
 */
final class Polylines {

    /** About one metre: below what a map at street zoom can show. */
    static final double SCREEN_TOLERANCE_DEGREES = 0.00001;

    private Polylines() {
    }

    /** The points that matter within {@code toleranceDegrees}; the first and the last are always kept. */
    static List<GeoPoint> simplified(List<GeoPoint> line, double toleranceDegrees) {
        if (line.size() < 3) {
            return List.copyOf(line);
        }
        boolean[] keep = new boolean[line.size()];
        keep[0] = true;
        keep[line.size() - 1] = true;
        Deque<int[]> spans = new ArrayDeque<>();
        spans.push(new int[]{0, line.size() - 1});
        while (!spans.isEmpty()) {
            int[] span = spans.pop();
            int farthest = -1;
            double farthestDistance = toleranceDegrees;
            for (int i = span[0] + 1; i < span[1]; i++) {
                double distance = distanceToSegment(line.get(i), line.get(span[0]), line.get(span[1]));
                if (distance > farthestDistance) {
                    farthest = i;
                    farthestDistance = distance;
                }
            }
            if (farthest >= 0) {
                keep[farthest] = true;
                spans.push(new int[]{span[0], farthest});
                spans.push(new int[]{farthest, span[1]});
            }
        }
        List<GeoPoint> kept = new ArrayList<>();
        for (int i = 0; i < keep.length; i++) {
            if (keep[i]) {
                kept.add(line.get(i));
            }
        }
        return kept;
    }

    /** Planar distance in degrees, longitude scaled by the latitude: fine over a few kilometres. */
    private static double distanceToSegment(GeoPoint p, GeoPoint a, GeoPoint b) {
        double scale = Math.cos(Math.toRadians(a.latitude()));
        double ax = a.longitude() * scale;
        double bx = b.longitude() * scale;
        double px = p.longitude() * scale;
        double dx = bx - ax;
        double dy = b.latitude() - a.latitude();
        double lengthSquared = dx * dx + dy * dy;
        double t = lengthSquared == 0 ? 0
                : Math.max(0, Math.min(1, ((px - ax) * dx + (p.latitude() - a.latitude()) * dy) / lengthSquared));
        double cx = ax + t * dx - px;
        double cy = a.latitude() + t * dy - p.latitude();
        return Math.sqrt(cx * cx + cy * cy);
    }
}
