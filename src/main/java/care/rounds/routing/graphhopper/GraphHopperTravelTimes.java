package care.rounds.routing.graphhopper;

import care.rounds.base.GeoPoint;
import care.rounds.routing.Leg;
import care.rounds.routing.LocationNotReachableException;
import care.rounds.routing.MapInfo;
import care.rounds.routing.RouteShape;
import care.rounds.routing.SnappedLocation;
import care.rounds.routing.internal.MapFile;
import care.rounds.routing.internal.MatrixBlock;
import care.rounds.routing.internal.TravelTimes;
import com.graphhopper.GHRequest;
import com.graphhopper.GHResponse;
import com.graphhopper.ResponsePath;
import com.graphhopper.storage.index.Snap;
import com.graphhopper.util.PointList;
import com.graphhopper.util.exceptions.ConnectionNotFoundException;
import com.graphhopper.util.shapes.BBox;
import com.graphhopper.util.shapes.GHPoint;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Travel times on a real road map with GraphHopper: snapping, route shapes and single routes from
 * GraphHopper itself, whole matrices from the {@link ManyToManySearch} on the same contraction
 * hierarchy.
 */
public final class GraphHopperTravelTimes implements TravelTimes {

    /** GraphHopper's default: road fragments smaller than this are cut off and never snapped to. */
    static final int MIN_NETWORK_SIZE = 200;

    private final RoadGraph roads;
    private final RoadSnapper snapper;
    private final EdgeCosts costs;
    private final UpwardGraph upward;
    private final ExecutorService workers;
    private final ManyToManySearch manyToMany;

    GraphHopperTravelTimes(RoadGraph roads, double maxSnapMeters) {
        this.roads = roads;
        this.snapper = new RoadSnapper(roads, maxSnapMeters);
        long start = System.nanoTime();
        this.costs = new EdgeCosts(roads.baseGraph(), roads.chGraph());
        this.upward = new UpwardGraph(roads.chGraph(), costs);
        org.slf4j.LoggerFactory.getLogger(GraphHopperTravelTimes.class).debug(
                "Matrix search arrays ready in {} ms", (System.nanoTime() - start) / 1_000_000);
        int parallelism = Runtime.getRuntime().availableProcessors();
        AtomicInteger threads = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(parallelism, task -> {
            Thread thread = new Thread(task, "travel-matrix-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.manyToMany = new ManyToManySearch(workers, parallelism);
    }

    /**
     * Imports the map on first use of this file and profile, loads the prepared graph afterwards.
     *
     * @throws care.rounds.routing.internal.MapNotUsableException when the file cannot be used
     */
    public static GraphHopperTravelTimes open(MapFile map, Path cacheDir, double maxSnapMeters) {
        return new GraphHopperTravelTimes(RoadGraph.open(map, cacheDir, MIN_NETWORK_SIZE), maxSnapMeters);
    }

    @Override
    public MapInfo map() {
        BBox box = roads.bounds();
        return new MapInfo(roads.map().areaName(), box.minLat, box.minLon, box.maxLat, box.maxLon, false,
                roads.map().fileName(), roads.nodes(), "");
    }

    @Override
    public Optional<MapFile> mapFile() {
        return Optional.of(roads.map());
    }

    @Override
    public SnappedLocation snap(GeoPoint point) {
        return snapper.describe(point, snapper.snap(point));
    }

    @Override
    public MatrixBlock matrix(List<GeoPoint> sources, List<GeoPoint> targets) {
        Map<GeoPoint, Integer> places = new LinkedHashMap<>();
        sources.forEach(point -> places.putIfAbsent(point, places.size()));
        targets.forEach(point -> places.putIfAbsent(point, places.size()));
        List<Snap> snaps = new ArrayList<>(places.size());
        Snap[] snapOfPlace = new Snap[places.size()];
        String[] problemOfPlace = new String[places.size()];
        places.forEach((point, place) -> {
            try {
                snapOfPlace[place] = snapper.snap(point);
                snaps.add(snapOfPlace[place]);
            } catch (LocationNotReachableException e) {
                problemOfPlace[place] = e.getMessage();
            }
        });
        MatrixQuery query = new MatrixQuery(roads, costs, upward, snaps);
        int[] sourceNodes = new int[sources.size()];
        String[] sourceProblems = new String[sources.size()];
        for (int i = 0; i < sources.size(); i++) {
            int place = places.get(sources.get(i));
            sourceNodes[i] = snapOfPlace[place] == null ? -1 : snapOfPlace[place].getClosestNode();
            sourceProblems[i] = problemOfPlace[place];
        }
        int[] targetNodes = new int[targets.size()];
        String[] targetProblems = new String[targets.size()];
        for (int i = 0; i < targets.size(); i++) {
            int place = places.get(targets.get(i));
            targetNodes[i] = snapOfPlace[place] == null ? -1 : snapOfPlace[place].getClosestNode();
            targetProblems[i] = problemOfPlace[place];
        }
        ManyToManySearch.Result result = manyToMany.compute(query, sourceNodes, targetNodes);
        double[] seconds = result.millis();
        for (int i = 0; i < seconds.length; i++) {
            seconds[i] /= 1000;
        }
        return new MatrixBlock(sources.size(), targets.size(), seconds, result.meters(), sourceProblems,
                targetProblems, false);
    }

    @Override
    public RouteShape shape(GeoPoint from, GeoPoint to) {
        Optional<ResponsePath> path = route(from, to, true);
        if (path.isEmpty()) {
            return RouteShape.unreachable();
        }
        PointList points = path.get().getPoints();
        List<GeoPoint> line = new ArrayList<>(points.size());
        for (int i = 0; i < points.size(); i++) {
            line.add(new GeoPoint(points.getLat(i), points.getLon(i)));
        }
        return new RouteShape(line, path.get().getTime() / 1000.0, path.get().getDistance(), true, false);
    }

    /** One route by GraphHopper's own point-to-point search: the reference the matrix must agree with. */
    Leg pointToPoint(GeoPoint from, GeoPoint to) {
        return route(from, to, false)
                .map(path -> new Leg(path.getTime() / 1000.0, path.getDistance(), true, false))
                .orElse(Leg.unreachable());
    }

    /**
     * Routes between the road points of both locations, so GraphHopper, which neither limits the snap
     * distance nor knows our messages, only ever sees points that are on a drivable road.
     */
    private Optional<ResponsePath> route(GeoPoint from, GeoPoint to, boolean withPoints) {
        return routeOnRoads(snap(from).onRoad(), snap(to).onRoad(), withPoints);
    }

    /** GraphHopper's route between two points already on drivable roads. */
    Optional<ResponsePath> routeOnRoads(GeoPoint start, GeoPoint end, boolean withPoints) {
        GHRequest request = new GHRequest(List.of(new GHPoint(start.latitude(), start.longitude()),
                new GHPoint(end.latitude(), end.longitude())))
                .setProfile(RoadGraph.PROFILE)
                .setSnapPreventions(RoadSnapper.SNAP_PREVENTIONS);
        request.putHint("instructions", false);
        request.putHint("calc_points", withPoints);
        GHResponse response = roads.hopper().route(request);
        if (response.hasErrors()) {
            if (response.getErrors().stream().anyMatch(ConnectionNotFoundException.class::isInstance)) {
                return Optional.empty();
            }
            throw new IllegalStateException("GraphHopper could not route: " + response.getErrors());
        }
        return Optional.of(response.getBest());
    }

    @Override
    public Optional<String> streetNameNear(GeoPoint point) {
        return snapper.streetNameNear(point);
    }

    @Override
    public Map<String, Object> details() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("mapFile", roads.map().fileName());
        details.put("area", roads.map().areaName());
        details.put("estimates", false);
        details.put("nodes", roads.nodes());
        details.put("roadSegments", roads.baseGraph().getEdges());
        details.put("shortcuts", roads.chGraph().getShortcuts());
        details.put("graphFolder", roads.folder().getFileName().toString());
        details.put(roads.imported() ? "importMillis" : "loadMillis", roads.loadMillis());
        return details;
    }

    RoadGraph roads() {
        return roads;
    }

    @Override
    public void close() {
        workers.shutdownNow();
        roads.close();
    }
}
