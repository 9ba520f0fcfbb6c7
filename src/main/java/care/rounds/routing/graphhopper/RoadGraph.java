package care.rounds.routing.graphhopper;

import care.rounds.routing.internal.MapFile;
import care.rounds.routing.internal.MapNotUsableException;
import com.graphhopper.GraphHopper;
import com.graphhopper.GraphHopperConfig;
import com.graphhopper.config.CHProfile;
import com.graphhopper.config.Profile;
import com.graphhopper.json.Statement;
import com.graphhopper.routing.weighting.Weighting;
import com.graphhopper.storage.BaseGraph;
import com.graphhopper.storage.RoutingCHGraph;
import com.graphhopper.util.CustomModel;
import com.graphhopper.util.GHUtility;
import com.graphhopper.util.Helper;
import com.graphhopper.util.shapes.BBox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * A road map imported into GraphHopper: the car profile, its contraction hierarchy and the folder
 * that keeps both between restarts.
 * <p>
 * The folder is named after the map file's checksum and the profile's own checksum, because
 * GraphHopper itself reuses a folder even when the map file or the profile changed. A restart then
 * only loads the prepared graph (about 0.1 s for the shared maps); a new or edited map is imported
 * once, with GraphHopper's progress in the log.
 */
public final class RoadGraph implements AutoCloseable {

    static final String PROFILE = "car";

    private static final Logger log = LoggerFactory.getLogger(RoadGraph.class);

    /** Raise when anything below changes in a way that alters the imported graph. */
    private static final String PROFILE_REVISION = "1";
    private static final String ENCODED_VALUES = "car_access, car_average_speed, road_access, road_class, road_environment";
    /** Ways a car never uses: leaving them out keeps the graph and the snapping to drivable roads. */
    private static final String IGNORED_HIGHWAYS = "footway,cycleway,path,pedestrian,steps,bridleway,corridor,platform,construction,proposed";

    private final MapFile map;
    private final GraphHopper hopper;
    private final Path folder;
    private final boolean imported;
    private final long loadMillis;

    private RoadGraph(MapFile map, GraphHopper hopper, Path folder, boolean imported, long loadMillis) {
        this.map = map;
        this.hopper = hopper;
        this.folder = folder;
        this.imported = imported;
        this.loadMillis = loadMillis;
    }

    /**
     * Loads the prepared graph of this map from the cache folder, importing the map first when the
     * folder has none.
     *
     * @throws MapNotUsableException when the file is not a usable OpenStreetMap file
     */
    public static RoadGraph open(MapFile map, Path cacheDir, int minNetworkSize) {
        CustomModel model = carModel();
        String profileKey = profileKey(model, minNetworkSize);
        Path folder = cacheDir.resolve(map.baseName() + "-" + map.sha256().substring(0, 16) + "-" + profileKey);
        boolean cached = Files.isRegularFile(folder.resolve("properties"));
        if (cached) {
            log.info("Loading the road graph of {} ({}) from {}", map.fileName(), map.areaName(), folder);
        } else {
            log.info("Importing the road map {} ({}, {} KB) into {}: this happens once per map file and profile",
                    map.fileName(), map.areaName(), size(map.path()) / 1024, folder);
        }
        GraphHopper hopper = new GraphHopper();
        hopper.init(config(map, folder, model, minNetworkSize));
        long start = System.nanoTime();
        try {
            hopper.importOrLoad();
        } catch (RuntimeException | Error e) {
            closeQuietly(hopper);
            if (!cached) {
                deleteFolder(folder);
            }
            throw new MapNotUsableException("The road map " + map.fileName() + " could not be "
                    + (cached ? "loaded" : "imported") + ": it is not a readable OpenStreetMap .osm.pbf file with roads ("
                    + rootMessage(e) + "). Point rounds.routing.osm-file at an .osm.pbf extract of your region.", e);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        RoadGraph graph = new RoadGraph(map, hopper, folder, !cached, millis);
        if (graph.nodes() == 0) {
            graph.close();
            deleteFolder(folder);
            throw new MapNotUsableException("The road map " + map.fileName() + " has no roads a car can drive on.");
        }
        log.info("Road graph of {} ready in {} ms ({}): {} junctions, {} road segments, {} shortcuts",
                map.areaName(), millis, cached ? "loaded from cache" : "imported", graph.nodes(),
                graph.baseGraph().getEdges(), graph.chGraph().getShortcuts());
        return graph;
    }

    /**
     * GraphHopper's car model, plus private roads made less attractive: they are fine to reach a
     * patient's home but should not be used as shortcuts through gated estates.
     */
    static CustomModel carModel() {
        CustomModel model = new CustomModel(GHUtility.loadCustomModelFromJar("car.json"));
        model.addToPriority(Statement.If("road_access == PRIVATE", Statement.Op.MULTIPLY, "0.5"));
        return model;
    }

    private static GraphHopperConfig config(MapFile map, Path folder, CustomModel model, int minNetworkSize) {
        GraphHopperConfig config = new GraphHopperConfig();
        config.putObject("datareader.file", map.path().toString());
        config.putObject("graph.location", folder.toString());
        config.putObject("graph.encoded_values", ENCODED_VALUES);
        config.putObject("import.osm.ignored_highways", IGNORED_HIGHWAYS);
        config.putObject("prepare.min_network_size", minNetworkSize);
        config.setProfiles(List.of(new Profile(PROFILE).setCustomModel(model)));
        config.setCHProfiles(List.of(new CHProfile(PROFILE)));
        return config;
    }

    private static String profileKey(CustomModel model, int minNetworkSize) {
        String description = PROFILE_REVISION + "|" + ENCODED_VALUES + "|" + IGNORED_HIGHWAYS + "|" + minNetworkSize
                + "|" + model;
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(description.getBytes(StandardCharsets.UTF_8));
            return PROFILE + "-ch-" + HexFormat.of().formatHex(hash, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public MapFile map() {
        return map;
    }

    public GraphHopper hopper() {
        return hopper;
    }

    public BaseGraph baseGraph() {
        return hopper.getBaseGraph();
    }

    public RoutingCHGraph chGraph() {
        return hopper.getCHGraphs().get(PROFILE);
    }

    public Weighting weighting() {
        return chGraph().getWeighting();
    }

    public BBox bounds() {
        return baseGraph().getBounds();
    }

    public int nodes() {
        return baseGraph().getNodes();
    }

    public Path folder() {
        return folder;
    }

    /** True when this start imported the map, false when it loaded a prepared graph. */
    public boolean imported() {
        return imported;
    }

    public long loadMillis() {
        return loadMillis;
    }

    @Override
    public void close() {
        hopper.close();
    }

    private static long size(Path path) {
        try {
            return Files.size(path);
        } catch (IOException e) {
            return 0;
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return root.getClass().getSimpleName() + (Helper.isEmpty(message) ? "" : ": " + message);
    }

    private static void closeQuietly(GraphHopper hopper) {
        try {
            hopper.close();
        } catch (RuntimeException ignored) {
            // the import already failed; its error is the one to report
        }
    }

    /** A half-imported folder would be taken for a prepared graph on the next start. */
    private static void deleteFolder(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove the half-imported graph folder " + folder, e);
        }
    }
}
