package care.rounds.routing.graphhopper;

import care.rounds.base.GeoPoint;
import care.rounds.routing.LocationNotReachableException;
import care.rounds.routing.internal.MapFile;
import com.graphhopper.storage.NodeAccess;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** The shared test maps, each opened once per test JVM; graph caches stay under target/. */
final class RoadMaps {

    static final Path MAPS = Path.of("../shared/maps");
    static final Path CACHE = Path.of("target/graphhopper-test");

    private static final Map<String, GraphHopperTravelTimes> OPEN = new HashMap<>();

    private RoadMaps() {
    }

    static synchronized GraphHopperTravelTimes open(String name) {
        return OPEN.computeIfAbsent(name, key ->
                GraphHopperTravelTimes.open(MapFile.of(MAPS.resolve(key + ".osm.pbf"), null), CACHE, 300));
    }

    /**
     * Points near random junctions of the road graph (so dense areas get more homes, like real
     * patients), moved up to about 60 m off the road and kept only when they snap.
     */
    static List<GeoPoint> randomHomes(GraphHopperTravelTimes roads, int count, long seed) {
        Random random = new Random(seed);
        NodeAccess nodes = roads.roads().baseGraph().getNodeAccess();
        int nodeCount = roads.roads().nodes();
        List<GeoPoint> homes = new ArrayList<>(count);
        while (homes.size() < count) {
            int node = random.nextInt(nodeCount);
            GeoPoint home = new GeoPoint(nodes.getLat(node) + (random.nextDouble() - 0.5) * 0.001,
                    nodes.getLon(node) + (random.nextDouble() - 0.5) * 0.001);
            try {
                roads.snap(home);
                homes.add(home);
            } catch (LocationNotReachableException e) {
                // a junction on a motorway or a cut-off fragment: try another
            }
        }
        return homes;
    }
}
