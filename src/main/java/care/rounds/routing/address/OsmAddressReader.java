package care.rounds.routing.address;

import care.rounds.base.GeoPoint;
import care.rounds.routing.AddressMatch.Kind;
import com.carrotsearch.hppc.LongArrayList;
import com.carrotsearch.hppc.LongDoubleHashMap;
import com.carrotsearch.hppc.LongHashSet;
import com.carrotsearch.hppc.LongObjectHashMap;
import com.graphhopper.reader.ReaderElement;
import com.graphhopper.reader.ReaderNode;
import com.graphhopper.reader.ReaderWay;
import com.graphhopper.reader.osm.OSMInputFile;
import com.graphhopper.reader.osm.SkipOptions;

import java.io.File;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads streets, house addresses and towns from an OpenStreetMap file ({@code .osm.pbf} or {@code .osm})
 * with GraphHopper's OSM reader.
 * <p>
 * Two passes, because a file lists all nodes before the ways that use them: the first keeps the
 * streets, addressed buildings and {@code addr:interpolation} ways and notes which nodes they need,
 * the second collects those nodes' coordinates, the addresses tagged on nodes and the towns
 * ({@code place=city|town|village|hamlet}). Each street gets the town nearest to it, so streets of one
 * name in two towns stay two entries; a street is placed halfway along its longest way in that town,
 * between two nodes, so that snapping lands on that street and not on a crossing one. Interpolation
 * ways give one house per number between their numbered ends, spread along the way.
 */
final class OsmAddressReader {

    /** Streets a car can stop on to reach a home; motorways and trunk roads are not addresses. */
    private static final Set<String> STREET_CLASSES = Set.of("primary", "secondary", "tertiary", "unclassified",
            "residential", "living_street", "service", "road", "primary_link", "secondary_link", "tertiary_link");
    private static final Set<String> TOWN_PLACES = Set.of("city", "town", "village", "hamlet");
    /** A longer range is a tagging mistake, not a street of that many houses. */
    private static final int MAX_INTERPOLATED = 1000;

    /** What the map holds: its addresses, its towns and the country its addresses are written for. */
    record MapAddresses(List<MapAddress> addresses, Towns towns, String country) {
    }

    private record StreetWay(String name, LongArrayList nodes, String postcode) {
    }

    private record HouseWay(ReaderWay way) {
    }

    private record InterpolationWay(String step, String street, LongArrayList nodes) {
    }

    private final File file;

    OsmAddressReader(File file) {
        this.file = file;
    }

    MapAddresses read() {
        List<StreetWay> streetWays = new ArrayList<>();
        List<HouseWay> houseWays = new ArrayList<>();
        List<InterpolationWay> interpolations = new ArrayList<>();
        LongHashSet neededNodes = new LongHashSet();
        each(new SkipOptions(true, false, true), element -> {
            if (!(element instanceof ReaderWay way) || way.getNodes().size() < 2) {
                return;
            }
            String highway = way.getTag("highway");
            String name = way.getTag("name");
            if (highway != null && name != null && STREET_CLASSES.contains(highway)) {
                streetWays.add(new StreetWay(name.strip(), way.getNodes(), postcodeOf(way)));
                neededNodes.add(way.getNodes().get(0));
                neededNodes.add(way.getNodes().get(way.getNodes().size() / 2 - 1));
                neededNodes.add(way.getNodes().get(way.getNodes().size() / 2));
                neededNodes.add(way.getNodes().get(way.getNodes().size() - 1));
            } else if (way.getTag("addr:interpolation") != null) {
                interpolations.add(new InterpolationWay(way.getTag("addr:interpolation"), way.getTag("addr:street"),
                        way.getNodes()));
                neededNodes.addAll(way.getNodes());
            } else if (hasHouseAddress(way)) {
                houseWays.add(new HouseWay(way));
                neededNodes.addAll(way.getNodes());
            }
        });

        LongDoubleHashMap lats = new LongDoubleHashMap(neededNodes.size());
        LongDoubleHashMap lons = new LongDoubleHashMap(neededNodes.size());
        LongObjectHashMap<MapAddress> numberedNodes = new LongObjectHashMap<>();
        List<MapAddress> houses = new ArrayList<>();
        Towns towns = new Towns();
        Map<String, Integer> countries = new HashMap<>();
        each(new SkipOptions(false, true, true), element -> {
            if (!(element instanceof ReaderNode node)) {
                return;
            }
            GeoPoint at = new GeoPoint(node.getLat(), node.getLon());
            if (neededNodes.contains(node.getId())) {
                lats.put(node.getId(), node.getLat());
                lons.put(node.getId(), node.getLon());
            }
            if (hasHouseAddress(node)) {
                MapAddress house = house(node, at);
                houses.add(house);
                numberedNodes.put(node.getId(), house);
                countries.merge(String.valueOf(node.getTag("addr:country")), 1, Integer::sum);
            }
            if (node.getTag("place") != null && TOWN_PLACES.contains(node.getTag("place")) && node.getTag("name") != null) {
                towns.add(new Towns.Town(node.getTag("name").strip(), at));
            }
        });
        for (HouseWay houseWay : houseWays) {
            centre(houseWay.way().getNodes(), lats, lons).ifPresent(centre -> houses.add(house(houseWay.way(), centre)));
            countries.merge(String.valueOf(houseWay.way().getTag("addr:country")), 1, Integer::sum);
        }
        for (InterpolationWay interpolation : interpolations) {
            houses.addAll(interpolate(interpolation, numberedNodes, lats, lons));
        }

        List<MapAddress> addresses = new ArrayList<>(houses.size() + streetWays.size());
        Map<String, Map<String, Integer>> postcodesByStreetAndTown = new HashMap<>();
        StreetTowns streetTowns = new StreetTowns(streetWays, towns, lats, lons);
        for (MapAddress house : houses) {
            MapAddress placed = house.city().isEmpty() ? house.inTown(streetTowns.townOf(house), "") : house;
            addresses.add(placed);
            if (!placed.postcode().isEmpty()) {
                postcodesByStreetAndTown.computeIfAbsent(placed.street() + "\n" + placed.city(), k -> new HashMap<>())
                        .merge(placed.postcode(), 1, Integer::sum);
            }
        }
        addresses.addAll(streets(streetWays, towns, lats, lons, postcodesByStreetAndTown));
        return new MapAddresses(addresses, towns, country(countries, addresses));
    }

    /**
     * The town of a house without its own: the town of the nearest way of its street (by the way's ends
     * and middle), so a house at the far end of a long street stays in that street's town even when
     * another town's centre is nearer; the nearest town when the map has no way of that name.
     */
    private static final class StreetTowns {
        private record Way(String town, GeoPoint[] points) {
        }

        private final Map<String, List<Way>> byName = new HashMap<>();
        private final Towns towns;

        StreetTowns(List<StreetWay> ways, Towns towns, LongDoubleHashMap lats, LongDoubleHashMap lons) {
            this.towns = towns;
            for (StreetWay way : ways) {
                LongArrayList nodes = way.nodes();
                long[] ids = {nodes.get(0), nodes.get(nodes.size() / 2 - 1), nodes.get(nodes.size() / 2),
                        nodes.get(nodes.size() - 1)};
                List<GeoPoint> points = new ArrayList<>();
                for (long id : ids) {
                    if (lats.containsKey(id)) {
                        points.add(new GeoPoint(lats.get(id), lons.get(id)));
                    }
                }
                if (points.size() == ids.length) {
                    GeoPoint halfway = new GeoPoint((points.get(1).latitude() + points.get(2).latitude()) / 2,
                            (points.get(1).longitude() + points.get(2).longitude()) / 2);
                    byName.computeIfAbsent(way.name(), k -> new ArrayList<>())
                            .add(new Way(towns.nearest(halfway), points.toArray(GeoPoint[]::new)));
                }
            }
        }

        String townOf(MapAddress house) {
            String best = null;
            double bestMeters = Double.MAX_VALUE;
            for (Way way : byName.getOrDefault(house.street(), List.of())) {
                for (GeoPoint point : way.points()) {
                    double meters = point.distanceMetersTo(house.location());
                    if (meters < bestMeters) {
                        best = way.town();
                        bestMeters = meters;
                    }
                }
            }
            return best != null ? best : towns.nearest(house.location());
        }
    }

    /** One entry per street name and town, on the longest way of that name in that town. */
    private static List<MapAddress> streets(List<StreetWay> ways, Towns towns, LongDoubleHashMap lats,
                                            LongDoubleHashMap lons, Map<String, Map<String, Integer>> postcodes) {
        Map<String, MapAddress> longest = new HashMap<>();
        Map<String, Integer> longestSize = new HashMap<>();
        for (StreetWay way : ways) {
            long a = way.nodes().get(way.nodes().size() / 2 - 1);
            long b = way.nodes().get(way.nodes().size() / 2);
            if (!lats.containsKey(a) || !lats.containsKey(b)) {
                continue;
            }
            GeoPoint halfway = new GeoPoint((lats.get(a) + lats.get(b)) / 2, (lons.get(a) + lons.get(b)) / 2);
            String town = towns.nearest(halfway);
            String key = way.name() + "\n" + town;
            if (way.nodes().size() > longestSize.getOrDefault(key, 0)) {
                String postcode = way.postcode().isEmpty() ? mostCommon(postcodes.get(key)) : way.postcode();
                longest.put(key, new MapAddress(Kind.STREET, "", way.name(), "", town, postcode, halfway));
                longestSize.put(key, way.nodes().size());
            }
        }
        return new ArrayList<>(longest.values());
    }

    /** The houses strictly between each pair of numbered nodes of the way (the ends are addresses already). */
    private static List<MapAddress> interpolate(InterpolationWay way, LongObjectHashMap<MapAddress> numbered,
                                                LongDoubleHashMap lats, LongDoubleHashMap lons) {
        int step = switch (way.step()) {
            case "odd", "even" -> 2;
            case "all" -> 1;
            default -> 0; // alphabetic or a fixed step: too rare to guess
        };
        List<MapAddress> houses = new ArrayList<>();
        LongArrayList nodes = way.nodes();
        int from = -1;
        for (int i = 0; i < nodes.size() && step > 0; i++) {
            MapAddress end = numbered.get(nodes.get(i));
            if (end == null || !end.houseNumber().matches("\\d{1,6}")) {
                continue;
            }
            if (from >= 0) {
                MapAddress start = numbered.get(nodes.get(from));
                List<GeoPoint> line = new ArrayList<>();
                for (int j = from; j <= i; j++) {
                    if (lats.containsKey(nodes.get(j))) {
                        line.add(new GeoPoint(lats.get(nodes.get(j)), lons.get(nodes.get(j))));
                    }
                }
                houses.addAll(between(start, end, step, way.street(), line));
            }
            from = i;
        }
        return houses;
    }

    private static List<MapAddress> between(MapAddress start, MapAddress end, int step, String wayStreet,
                                            List<GeoPoint> line) {
        int first = Integer.parseInt(start.houseNumber());
        int last = Integer.parseInt(end.houseNumber());
        int direction = last > first ? 1 : -1;
        int count = Math.abs(last - first) / step - 1;
        if (line.size() < 2 || count <= 0 || count > MAX_INTERPOLATED) {
            return List.of();
        }
        String street = wayStreet != null ? wayStreet : start.street();
        List<MapAddress> houses = new ArrayList<>(count);
        for (int k = 1; k <= count; k++) {
            int number = first + direction * k * step;
            double fraction = (double) (number - first) / (last - first);
            houses.add(new MapAddress(Kind.HOUSE, String.valueOf(number), street, "", start.city(),
                    start.postcode().isEmpty() ? end.postcode() : start.postcode(), along(line, fraction)));
        }
        return houses;
    }

    /** The point at a fraction of the line's length. */
    private static GeoPoint along(List<GeoPoint> line, double fraction) {
        double total = 0;
        for (int i = 1; i < line.size(); i++) {
            total += line.get(i - 1).distanceMetersTo(line.get(i));
        }
        double wanted = total * fraction;
        for (int i = 1; i < line.size(); i++) {
            GeoPoint a = line.get(i - 1);
            GeoPoint b = line.get(i);
            double length = a.distanceMetersTo(b);
            if (wanted <= length || i == line.size() - 1) {
                double t = length == 0 ? 0 : Math.min(1, wanted / length);
                return new GeoPoint(a.latitude() + (b.latitude() - a.latitude()) * t,
                        a.longitude() + (b.longitude() - a.longitude()) * t);
            }
            wanted -= length;
        }
        return line.get(0);
    }

    /** The country named most by the addresses' tags, else told by the postcodes' shape, else the US. */
    private static String country(Map<String, Integer> tagged, List<MapAddress> addresses) {
        Optional<String> named = tagged.entrySet().stream().filter(e -> !e.getKey().equals("null"))
                .max(Map.Entry.comparingByValue()).map(e -> e.getKey().toUpperCase(java.util.Locale.ROOT));
        if (named.isPresent()) {
            return named.get();
        }
        long portuguese = addresses.stream().filter(a -> a.postcode().matches("\\d{4}-\\d{3}")).count();
        long withPostcode = addresses.stream().filter(a -> !a.postcode().isEmpty()).count();
        return withPostcode > 0 && portuguese * 2 > withPostcode ? "PT" : "US";
    }

    private static String mostCommon(Map<String, Integer> counts) {
        return counts == null ? "" : counts.entrySet().stream().max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey).orElse("");
    }

    private static boolean hasHouseAddress(ReaderElement element) {
        return element.getTag("addr:housenumber") != null && element.getTag("addr:street") != null;
    }

    private static String postcodeOf(ReaderElement element) {
        String postcode = element.getTag("addr:postcode");
        if (postcode == null) {
            postcode = element.getTag("postal_code");
        }
        return postcode == null ? "" : postcode.strip();
    }

    private static MapAddress house(ReaderElement element, GeoPoint location) {
        return new MapAddress(Kind.HOUSE, element.getTag("addr:housenumber"), element.getTag("addr:street"),
                element.getTag("addr:unit"), element.getTag("addr:city"), postcodeOf(element), location);
    }

    private static Optional<GeoPoint> centre(LongArrayList nodes, LongDoubleHashMap lats, LongDoubleHashMap lons) {
        double lat = 0;
        double lon = 0;
        int found = 0;
        for (int i = 0; i < nodes.size(); i++) {
            long node = nodes.get(i);
            if (lats.containsKey(node)) {
                lat += lats.get(node);
                lon += lons.get(node);
                found++;
            }
        }
        return found == 0 ? Optional.empty() : Optional.of(new GeoPoint(lat / found, lon / found));
    }

    private void each(SkipOptions skip, Consumer<ReaderElement> action) {
        try (OSMInputFile input = new OSMInputFile(file).setWorkerThreads(1).setSkipOptions(skip).open()) {
            for (ReaderElement element; (element = input.getNext()) != null; ) {
                action.accept(element);
            }
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read addresses from the road map " + file.getName(), e);
        }
    }
}
