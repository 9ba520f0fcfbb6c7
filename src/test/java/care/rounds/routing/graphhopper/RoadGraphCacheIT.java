package care.rounds.routing.graphhopper;

import care.rounds.routing.internal.MapFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The graph folder is reused across restarts and keyed by the map file's content. */
class RoadGraphCacheIT {

    private static final Path CACHE = Path.of("target/graphhopper-cache-test");

    @Test
    void restartReusesThePreparedGraphInUnderASecond() throws IOException {
        deleteFolder(CACHE);
        MapFile map = MapFile.of(RoadMaps.MAPS.resolve("atlanta-central.osm.pbf"), null);
        Path folder;
        try (RoadGraph first = RoadGraph.open(map, CACHE, GraphHopperTravelTimes.MIN_NETWORK_SIZE)) {
            assertThat(first.imported()).isTrue();
            folder = first.folder();
        }

        try (RoadGraph restarted = RoadGraph.open(map, CACHE, GraphHopperTravelTimes.MIN_NETWORK_SIZE)) {
            assertThat(restarted.imported()).isFalse();
            assertThat(restarted.folder()).isEqualTo(folder);
            assertThat(restarted.loadMillis()).isLessThan(1000);
            assertThat(restarted.nodes()).isGreaterThan(4000);
        }
        assertThat(folder.getFileName().toString()).startsWith("atlanta-central-692393062d1fd583-car-ch-");
    }

    @Test
    void changedMapFileUnderTheSameNameIsImportedAgain(@TempDir Path maps) throws IOException {
        Path file = maps.resolve("clinic-region.osm.pbf");
        Files.copy(RoadMaps.MAPS.resolve("cobb-county.osm.pbf"), file);
        int cobbNodes;
        Path cobbFolder;
        try (RoadGraph cobb = RoadGraph.open(MapFile.of(file, null), CACHE, GraphHopperTravelTimes.MIN_NETWORK_SIZE)) {
            cobbNodes = cobb.nodes();
            cobbFolder = cobb.folder();
        }

        Files.copy(RoadMaps.MAPS.resolve("atlanta-central.osm.pbf"), file, StandardCopyOption.REPLACE_EXISTING);
        try (RoadGraph replaced = RoadGraph.open(MapFile.of(file, null), CACHE, GraphHopperTravelTimes.MIN_NETWORK_SIZE)) {
            assertThat(replaced.imported()).isTrue();
            assertThat(replaced.folder()).isNotEqualTo(cobbFolder);
            assertThat(replaced.nodes()).isNotEqualTo(cobbNodes);
            assertThat(replaced.map().areaName()).isEqualTo("clinic-region");
        }
    }

    private static void deleteFolder(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }
}
