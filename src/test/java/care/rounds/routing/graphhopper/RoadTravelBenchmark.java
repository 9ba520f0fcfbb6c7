package care.rounds.routing.graphhopper;

import care.rounds.base.GeoPoint;
import care.rounds.routing.internal.MapFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * The road travel benchmark of docs/benchmarks.md: for each map, import time, cached-load time, and
 * the N x N matrix time by repeated GraphHopper point-to-point routes and by the many-to-many search,
 * in the same run. Both sides use all cores; homes are the same seeded random on-road points for
 * both. Run with {@code ./mvnw -Prouting-benchmark test-compile exec:java}.
 */
public final class RoadTravelBenchmark {

    private static final Path CACHE = Path.of("target/routing-benchmark");
    private static final int[] SIZES = {100, 500, 1000};
    /** Point-to-point rows measured per size; the rest is extrapolated, else N = 1000 takes many minutes. */
    private static final int[] POINT_TO_POINT_ROWS = {100, 40, 20};

    public static void main(String[] args) throws Exception {
        quietLogs();
        List<String> maps = args.length > 0 ? List.of(args) : List.of("atlanta-central", "columbus");
        int cores = Runtime.getRuntime().availableProcessors();
        System.out.printf(Locale.ROOT, "Road travel benchmark: %d cores, Java %s, %s%n", cores,
                System.getProperty("java.version"), System.getProperty("os.arch"));
        List<String> table = new ArrayList<>();
        table.add("| map | import | cached load | N | point-to-point (N x N) | many-to-many (N x N) | speed-up |");
        table.add("|---|---|---|---|---|---|---|");
        for (String name : maps) {
            MapFile map = MapFile.of(RoadMaps.MAPS.resolve(name + ".osm.pbf"), null);
            deleteFolder(CACHE);
            long importMillis;
            try (GraphHopperTravelTimes imported = GraphHopperTravelTimes.open(map, CACHE, 300)) {
                importMillis = imported.roads().loadMillis();
            }
            try (GraphHopperTravelTimes roads = GraphHopperTravelTimes.open(map, CACHE, 300)) {
                long loadMillis = roads.roads().loadMillis();
                warmUp(roads);
                for (int i = 0; i < SIZES.length; i++) {
                    int n = SIZES[i];
                    List<GeoPoint> homes = RoadMaps.randomHomes(roads, n, n);
                    double manyMillis = bestOf(3, () -> roads.matrix(homes, homes));
                    int rows = Math.min(n, POINT_TO_POINT_ROWS[i]);
                    double pointMillis = pointToPoint(roads, homes, rows, cores) * n / rows;
                    String pointCell = String.format(Locale.ROOT, "%.0f ms", pointMillis)
                            + (rows < n ? String.format(Locale.ROOT, " (%d rows measured, extrapolated)", rows) : "");
                    table.add(String.format(Locale.ROOT, "| %s | %d ms | %d ms | %d | %s | %.0f ms | %.0fx |",
                            name, importMillis, loadMillis, n, pointCell, manyMillis, pointMillis / manyMillis));
                    System.out.println(table.get(table.size() - 1));
                }
            }
        }
        System.out.println();
        table.forEach(System.out::println);
    }

    /** GraphHopper's debug output would bury the table; import progress stays visible. */
    private static void quietLogs() {
        if (org.slf4j.LoggerFactory.getILoggerFactory() instanceof ch.qos.logback.classic.LoggerContext logs) {
            logs.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).setLevel(ch.qos.logback.classic.Level.WARN);
            logs.getLogger("care.rounds").setLevel(ch.qos.logback.classic.Level.INFO);
            logs.getLogger("com.graphhopper.reader.osm").setLevel(ch.qos.logback.classic.Level.INFO);
        }
    }

    private static void warmUp(GraphHopperTravelTimes roads) throws Exception {
        List<GeoPoint> homes = RoadMaps.randomHomes(roads, 200, 7);
        for (int i = 0; i < 5; i++) {
            roads.matrix(homes, homes);
        }
        pointToPoint(roads, homes, 20, Runtime.getRuntime().availableProcessors());
    }

    private static double bestOf(int runs, Runnable task) {
        double best = Double.MAX_VALUE;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            task.run();
            best = Math.min(best, (System.nanoTime() - start) / 1e6);
        }
        return best;
    }

    /** The first {@code rows} rows of the matrix by GraphHopper's own point-to-point routes, on all cores. */
    private static double pointToPoint(GraphHopperTravelTimes roads, List<GeoPoint> homes, int rows, int cores)
            throws InterruptedException, ExecutionException {
        // snapped beforehand: the matrix snaps each home once too, and this side should time only routing
        List<GeoPoint> onRoad = homes.stream().map(home -> roads.snap(home).onRoad()).toList();
        ExecutorService pool = Executors.newFixedThreadPool(cores);
        try {
            long start = System.nanoTime();
            List<Future<?>> work = new ArrayList<>();
            for (int row = 0; row < rows; row++) {
                GeoPoint from = onRoad.get(row);
                work.add(pool.submit(() -> onRoad.forEach(to -> roads.routeOnRoads(from, to, false))));
            }
            for (Future<?> part : work) {
                part.get();
            }
            return (System.nanoTime() - start) / 1e6;
        } finally {
            pool.shutdown();
        }
    }

    private static void deleteFolder(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
