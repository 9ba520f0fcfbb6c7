package care.rounds.routing.address;

import care.rounds.base.GeoPoint;
import care.rounds.routing.AddressMatch.Kind;
import com.carrotsearch.hppc.LongArrayList;
import com.carrotsearch.hppc.LongDoubleHashMap;
import com.carrotsearch.hppc.LongHashSet;
import com.graphhopper.reader.ReaderElement;
import com.graphhopper.reader.ReaderNode;
import com.graphhopper.reader.ReaderWay;
import com.graphhopper.reader.osm.OSMInputFile;
import com.graphhopper.reader.osm.SkipOptions;

import java.io.File;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads named streets and house addresses from an {@code .osm.pbf} with GraphHopper's OSM reader.
 * <p>
 * Two passes, because a PBF file lists all nodes before the ways that use them: the first pass
 * keeps the streets and addressed buildings (ways) and notes which nodes they need, the second
 * collects those nodes' coordinates and the addresses tagged on nodes. A street becomes one entry
 * per name, placed halfway along its longest way: between two nodes, not on a junction, so that
 * snapping it lands on that street and not on a crossing one.
 */
final class OsmAddressReader {

    /** Streets a car can stop on to reach a home; motorways and trunk roads are not addresses. */
    private static final Set<String> STREET_CLASSES = Set.of("primary", "secondary", "tertiary", "unclassified",
            "residential", "living_street", "service", "road", "primary_link", "secondary_link", "tertiary_link");

    private final File file;

    OsmAddressReader(File file) {
        this.file = file;
    }

    List<MapAddress> read() {
        Map<String, LongArrayList> longestWayByStreet = new HashMap<>();
        List<ReaderWay> addressedWays = new ArrayList<>();
        LongHashSet neededNodes = new LongHashSet();
        each(new SkipOptions(true, false, true), element -> {
            if (element instanceof ReaderWay way) {
                String highway = way.getTag("highway");
                String name = way.getTag("name");
                if (highway != null && name != null && STREET_CLASSES.contains(highway) && way.getNodes().size() >= 2) {
                    longestWayByStreet.merge(name.trim(), way.getNodes(),
                            (known, other) -> other.size() > known.size() ? other : known);
                } else if (hasHouseAddress(way)) {
                    addressedWays.add(way);
                    neededNodes.addAll(way.getNodes());
                }
            }
        });
        longestWayByStreet.values().forEach(nodes -> {
            neededNodes.add(nodes.get(nodes.size() / 2 - 1));
            neededNodes.add(nodes.get(nodes.size() / 2));
        });

        LongDoubleHashMap lats = new LongDoubleHashMap(neededNodes.size());
        LongDoubleHashMap lons = new LongDoubleHashMap(neededNodes.size());
        List<MapAddress> addresses = new ArrayList<>();
        each(new SkipOptions(false, true, true), element -> {
            if (element instanceof ReaderNode node) {
                if (neededNodes.contains(node.getId())) {
                    lats.put(node.getId(), node.getLat());
                    lons.put(node.getId(), node.getLon());
                }
                if (hasHouseAddress(node)) {
                    addresses.add(house(node, new GeoPoint(node.getLat(), node.getLon())));
                }
            }
        });

        longestWayByStreet.forEach((name, nodes) -> {
            long a = nodes.get(nodes.size() / 2 - 1);
            long b = nodes.get(nodes.size() / 2);
            if (lats.containsKey(a) && lats.containsKey(b)) {
                GeoPoint halfway = new GeoPoint((lats.get(a) + lats.get(b)) / 2, (lons.get(a) + lons.get(b)) / 2);
                addresses.add(new MapAddress(Kind.STREET, name, name, "", halfway));
            }
        });
        for (ReaderWay way : addressedWays) {
            centre(way.getNodes(), lats, lons).ifPresent(centre -> addresses.add(house(way, centre)));
        }
        return withoutRepeats(addresses);
    }

    /** Several buildings of one address (a house and its garage) would show the same line several times. */
    private static List<MapAddress> withoutRepeats(List<MapAddress> addresses) {
        Set<String> seen = new HashSet<>();
        return addresses.stream().filter(address -> seen.add(AddressNames.searchText(address.label()))).toList();
    }

    private static boolean hasHouseAddress(ReaderElement element) {
        return element.getTag("addr:housenumber") != null && element.getTag("addr:street") != null;
    }

    /** "123 North High Street, Columbus" when the map gives the city. */
    private static MapAddress house(ReaderElement element, GeoPoint location) {
        String number = element.getTag("addr:housenumber").trim();
        String street = element.getTag("addr:street").trim();
        String city = element.getTag("addr:city");
        String label = number + " " + street + (city == null || city.isBlank() ? "" : ", " + city.trim());
        return new MapAddress(Kind.HOUSE, label, street, number, location);
    }

    private static java.util.Optional<GeoPoint> centre(LongArrayList nodes, LongDoubleHashMap lats, LongDoubleHashMap lons) {
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
        return found == 0 ? java.util.Optional.empty() : java.util.Optional.of(new GeoPoint(lat / found, lon / found));
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
