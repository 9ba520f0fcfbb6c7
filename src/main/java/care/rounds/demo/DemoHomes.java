package care.rounds.demo;

import care.rounds.base.GeoPoint;
import care.rounds.base.PostalAddress;
import care.rounds.routing.LocationNotReachableException;
import care.rounds.routing.MapInfo;
import care.rounds.routing.Routing;
import care.rounds.routing.SnappedLocation;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Finds homes for demo people: random points in the map's area moved onto residential-type streets
 * (never motorways, trunk roads or service tracks, so never inside a park or on a highway). Also
 * places the board benchmark's clinic.
 */
public class DemoHomes {

    private static final Set<String> HOME_STREETS =
            Set.of("residential", "living_street", "tertiary", "secondary", "unclassified");
    private static final double MAX_SNAP_METERS = 120;

    /** Without a road map, the demo clinic still lives in downtown Atlanta. */
    private static final MapInfo DOWNTOWN_ATLANTA = new MapInfo("Atlanta, GA", 33.7386, -84.4382, 33.7858, -84.3420,
            true, "", 0, "");

    private final Routing routing;
    private final Random random;

    public DemoHomes(Routing routing, Random random) {
        this.routing = routing;
        this.random = random;
    }

    /**
     * A demo home.
     *
     * @param address the full address label
     * @param postal  its parts: a real street of the map, a made-up number, the city and a ZIP of that part
     *                of town
     */
    public record Home(String address, GeoPoint location, PostalAddress postal) {
    }

    /** {@code count} homes, one per cell of a grid over the map in turn, so that they cover it all. */
    public List<Home> spreadOver(int count, int columns, int rows) {
        MapInfo map = routing.map().estimate() ? DOWNTOWN_ATLANTA : routing.map();
        List<Home> homes = new ArrayList<>();
        for (int i = 0; homes.size() < count && i < count * 3; i++) {
            int cell = i % (columns * rows);
            double south = map.minLat() + (cell / columns) * (map.maxLat() - map.minLat()) / rows;
            double west = map.minLon() + (cell % columns) * (map.maxLon() - map.minLon()) / columns;
            for (int attempt = 0; attempt < 200; attempt++) {
                GeoPoint point = new GeoPoint(south + random.nextDouble() * (map.maxLat() - map.minLat()) / rows,
                        west + random.nextDouble() * (map.maxLon() - map.minLon()) / columns);
                var home = home(point, map);
                if (home.isPresent()) {
                    homes.add(home.get());
                    break;
                }
            }
        }
        return homes;
    }

    /** "Atlanta" from the map's area name "Atlanta, GA". */
    private static String city(MapInfo map) {
        return map.areaName().split(",")[0].strip();
    }

    private static String state(MapInfo map) {
        String[] parts = map.areaName().split(",");
        return parts.length > 1 && parts[1].strip().length() == 2 ? parts[1].strip() : "GA";
    }

    private java.util.Optional<Home> home(GeoPoint point, MapInfo map) {
        try {
            SnappedLocation snapped = routing.snap(point);
            boolean streetHome = map.estimate() || HOME_STREETS.contains(snapped.roadClass());
            if (!streetHome || snapped.snapDistanceMeters() > MAX_SNAP_METERS || snapped.streetName().isBlank()
                    && !map.estimate()) {
                return java.util.Optional.empty();
            }
            String street = snapped.streetName().isBlank() ? "Demo Street" : snapped.streetName();
            int number = 100 + 2 * random.nextInt(450);
            PostalAddress postal = new PostalAddress(String.valueOf(number), street, "", city(map), state(map),
                    DemoZipCodes.near(snapped.onRoad()));
            return java.util.Optional.of(new Home(postal.label(), snapped.onRoad(), postal));
        } catch (LocationNotReachableException farFromRoads) {
            return java.util.Optional.empty();
        }
    }

}
