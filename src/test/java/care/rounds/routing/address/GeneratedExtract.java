package care.rounds.routing.address;

import care.rounds.base.GeoPoint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A small OpenStreetMap extract written by the tests: towns (place nodes) side by side, each with the
 * same street names on a grid joined by cross streets, houses on both sides of each street, a road
 * between the towns, and optionally one street whose odd side is an {@code addr:interpolation} way and
 * a share of the houses written to an OpenAddresses-style CSV instead of the map. It knows where every
 * house is, so tests can check that a search finds the right door.
 */
final class GeneratedExtract {

    record Town(String name, double latitude, double longitude, String postcode) {
    }

    /** A house as the truth: where its door is and where it was written (map node, interpolation or CSV). */
    record House(String number, String street, Town town, GeoPoint door, String writtenAs) {
    }

    private static final double NODE_SPACING = 0.0006; // about 50 m of longitude
    private static final double STREET_SPACING = 0.002; // about 220 m
    private static final double DOOR_OFFSET = 0.00018; // about 20 m off the street

    private final Path osm;
    private final Path csv;
    private final List<House> houses;

    private GeneratedExtract(Path osm, Path csv, List<House> houses) {
        this.osm = osm;
        this.csv = csv;
        this.houses = houses;
    }

    Path osm() {
        return osm;
    }

    Path csv() {
        return csv;
    }

    List<House> houses() {
        return houses;
    }

    /**
     * @param interpolatedStreet a street whose odd numbers in the first town are only an interpolation way
     * @param csvEvery           every n-th house goes to the CSV instead of the map (0: none)
     */
    static GeneratedExtract write(Path folder, String name, List<Town> towns, List<String> streets,
                                  int housesPerStreet, String interpolatedStreet, int csvEvery) {
        try {
            Files.createDirectories(folder);
            Path osm = folder.resolve(name + ".osm");
            Path csv = folder.resolve(name + ".csv");
            List<House> houses = new ArrayList<>();
            try (Writer map = Files.newBufferedWriter(osm, StandardCharsets.UTF_8);
                 Writer points = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
                new Writing(map, points, houses).all(towns, streets, housesPerStreet, interpolatedStreet, csvEvery);
            }
            return new GeneratedExtract(osm, csv, houses);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Writing {
        private final Writer map;
        private final Writer points;
        private final List<House> houses;
        private final StringBuilder ways = new StringBuilder();
        private long nextNode = 1;
        private long nextWay = 1;
        private int counted;

        Writing(Writer map, Writer points, List<House> houses) {
            this.map = map;
            this.points = points;
            this.houses = houses;
        }

        void all(List<Town> towns, List<String> streets, int housesPerStreet, String interpolated, int csvEvery)
                throws IOException {
            map.write("<?xml version='1.0' encoding='UTF-8'?>\n<osm version='0.6' generator='rounds-tests'>\n");
            points.write("LON,LAT,NUMBER,STREET,UNIT,CITY,DISTRICT,REGION,POSTCODE,ID,HASH\n");
            int nodesPerStreet = Math.max(21, housesPerStreet / 2 + 2);
            List<Long> links = new ArrayList<>();
            for (int t = 0; t < towns.size(); t++) {
                Town town = towns.get(t);
                node(town.latitude() + STREET_SPACING * streets.size() / 2, town.longitude() - 0.003,
                        "<tag k='place' v='town'/><tag k='name' v='" + xml(town.name()) + "'/>");
                long[][] grid = new long[streets.size()][nodesPerStreet];
                for (int s = 0; s < streets.size(); s++) {
                    for (int i = 0; i < nodesPerStreet; i++) {
                        grid[s][i] = node(town.latitude() + s * STREET_SPACING, town.longitude() + i * NODE_SPACING, "");
                    }
                    way(grid[s], "<tag k='highway' v='residential'/><tag k='name' v='" + xml(streets.get(s)) + "'/>");
                    houses(town, streets.get(s), grid[s][0], town.latitude() + s * STREET_SPACING, housesPerStreet,
                            t == 0 && streets.get(s).equals(interpolated), csvEvery);
                }
                for (int column : new int[]{0, nodesPerStreet / 2, nodesPerStreet - 1}) {
                    long[] cross = new long[streets.size()];
                    for (int s = 0; s < streets.size(); s++) {
                        cross[s] = grid[s][column];
                    }
                    way(cross, "<tag k='highway' v='residential'/><tag k='name' v='" + xml(town.name())
                            + " Cross " + column + "'/>");
                }
                links.add(grid[0][0]);
            }
            for (int t = 1; t < links.size(); t++) {
                way(new long[]{links.get(t - 1), links.get(t)}, "<tag k='highway' v='tertiary'/>");
            }
            map.write(ways.toString());
            map.write("</osm>\n");
        }

        private void houses(Town town, String street, long firstNode, double streetLat, int count,
                            boolean interpolateOdd, int csvEvery) throws IOException {
            double startLon = town.longitude();
            long firstOdd = -1;
            long lastOdd = -1;
            for (int k = 0; k < count; k++) {
                int number = k + 1;
                boolean odd = number % 2 == 1;
                double lat = streetLat + (odd ? DOOR_OFFSET : -DOOR_OFFSET);
                double lon = startLon + (k / 2 + 0.5) * NODE_SPACING;
                GeoPoint door = new GeoPoint(lat, lon);
                boolean lastOddNumber = odd && number + 2 > count;
                String tags = "<tag k='addr:housenumber' v='" + number + "'/><tag k='addr:street' v='" + xml(street)
                        + "'/><tag k='addr:postcode' v='" + town.postcode() + "'/>";
                if (interpolateOdd && odd) {
                    if (number == 1 || lastOddNumber) {
                        long id = node(lat, lon, tags);
                        if (number == 1) {
                            firstOdd = id;
                        } else {
                            lastOdd = id;
                        }
                        houses.add(new House(String.valueOf(number), street, town, door, "map"));
                    } else {
                        houses.add(new House(String.valueOf(number), street, town, door, "interpolation"));
                    }
                } else if (csvEvery > 0 && ++counted % csvEvery == 0) {
                    points.write(String.format(Locale.ROOT, "%.7f,%.7f,%d,\"%s\",,%s,,,%s,,\n", lon, lat, number,
                            street.replace("\"", "\"\""), town.name(), town.postcode()));
                    houses.add(new House(String.valueOf(number), street, town, door, "csv"));
                } else {
                    node(lat, lon, tags);
                    houses.add(new House(String.valueOf(number), street, town, door, "map"));
                }
            }
            if (firstOdd > 0 && lastOdd > 0) {
                way(new long[]{firstOdd, lastOdd}, "<tag k='addr:interpolation' v='odd'/>");
            }
        }

        private long node(double lat, double lon, String tags) throws IOException {
            long id = nextNode++;
            map.write(String.format(Locale.ROOT, "<node id='%d' lat='%.7f' lon='%.7f' version='1'>%s</node>\n",
                    id, lat, lon, tags));
            return id;
        }

        private void way(long[] nodes, String tags) {
            ways.append("<way id='").append(nextWay++).append("' version='1'>");
            for (long node : nodes) {
                ways.append("<nd ref='").append(node).append("'/>");
            }
            ways.append(tags).append("</way>\n");
        }

        private static String xml(String text) {
            return text.replace("&", "&amp;").replace("<", "&lt;").replace("'", "&apos;");
        }
    }
}
