package care.rounds.routing.internal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class MapFileTest {

    @Test
    void sharedMapsHaveTheirAreaNames() {
        assertThat(MapFile.of(Path.of("../shared/maps/atlanta-central.osm.pbf"), null).areaName()).isEqualTo("Atlanta, GA");
        assertThat(MapFile.of(Path.of("../shared/maps/cobb-county.osm.pbf"), " ").areaName()).isEqualTo("Cobb County, GA");
        assertThat(MapFile.of(Path.of("../shared/maps/columbus.osm.pbf"), null).areaName()).isEqualTo("Columbus, OH");
    }

    @Test
    void configuredAreaNameWinsAndOtherFilesAreNamedAfterTheFile(@TempDir Path folder) throws IOException {
        Path file = Files.write(folder.resolve("georgia-latest.osm.pbf"), new byte[]{1, 2, 3});

        assertThat(MapFile.of(file, null).areaName()).isEqualTo("georgia-latest");
        assertThat(MapFile.of(file, "Metro Atlanta").areaName()).isEqualTo("Metro Atlanta");
    }

    @Test
    void checksumIsTheFilesSha256() {
        assertThat(MapFile.of(Path.of("../shared/maps/atlanta-central.osm.pbf"), null).sha256())
                .isEqualTo("692393062d1fd583fae490cee0ef8a89bf60f789ac2ff7517e885213ada5f02a");
    }

    @Test
    void distancesReadAsWords() {
        assertThat(Distances.inWords(1944)).isEqualTo("1.9 km");
        assertThat(Distances.inWords(450.4)).isEqualTo("450 m");
        assertThat(Distances.inWords(12_400)).isEqualTo("12 km");
    }
}
