package care.rounds.routing.address;

import care.rounds.base.GeoPoint;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The map's towns (OpenStreetMap {@code place=city|town|village|hamlet} points) and which one an
 * address belongs to: the nearest. Towns are kept in grid cells of about 10 km, so finding the
 * nearest of thousands of villages for a hundred thousand addresses stays quick.
 */
final class Towns {

    record Town(String name, GeoPoint location) {
    }

    private static final double CELL = 0.1;

    private final Map<Long, List<Town>> cells = new HashMap<>();
    private int size;

    void add(Town town) {
        cells.computeIfAbsent(key(cell(town.location().latitude()), cell(town.location().longitude())),
                k -> new ArrayList<>()).add(town);
        size++;
    }

    int size() {
        return size;
    }

    /** The nearest town's name, or empty when the map names no town. */
    String nearest(GeoPoint point) {
        if (size == 0) {
            return "";
        }
        int row = cell(point.latitude());
        int column = cell(point.longitude());
        Town best = null;
        double bestDistance = Double.MAX_VALUE;
        double shrink = Math.cos(Math.toRadians(point.latitude()));
        for (int ring = 0; ring < 2000; ring++) {
            // every town in this ring or beyond is at least (ring - 1) cells away
            if (best != null && (ring - 1) * CELL * shrink > Math.sqrt(bestDistance)) {
                break;
            }
            for (int r = row - ring; r <= row + ring; r++) {
                for (int c = column - ring; c <= column + ring; c++) {
                    if (Math.max(Math.abs(r - row), Math.abs(c - column)) != ring) {
                        continue;
                    }
                    for (Town town : cells.getOrDefault(key(r, c), List.of())) {
                        double distance = squaredDistance(point, town.location());
                        if (distance < bestDistance) {
                            best = town;
                            bestDistance = distance;
                        }
                    }
                }
            }
        }
        return best == null ? "" : best.name();
    }

    /** Degrees squared with longitude shrunk by the latitude: only compared, never shown. */
    private static double squaredDistance(GeoPoint a, GeoPoint b) {
        double dLat = a.latitude() - b.latitude();
        double dLon = (a.longitude() - b.longitude()) * Math.cos(Math.toRadians(a.latitude()));
        return dLat * dLat + dLon * dLon;
    }

    private static int cell(double degrees) {
        return (int) Math.floor(degrees / CELL);
    }

    private static long key(int row, int column) {
        return ((long) row << 32) ^ (column & 0xffffffffL);
    }
}
