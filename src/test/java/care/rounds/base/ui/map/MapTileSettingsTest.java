package care.rounds.base.ui.map;

import org.junit.jupiter.api.Test;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class MapTileSettingsTest {

    @Test
    void withoutTheSettingMapsUseOpenStreetMapTiles() {
        // The real placeholder expression: its default contains {z}/{x}/{y} braces and a colon.
        String resolved = new StandardEnvironment().resolvePlaceholders(MapTileSettings.TILE_URL_SETTING);

        assertThat(new MapTileSettings(resolved).tileUrl()).isEqualTo("https://tile.openstreetmap.org/{z}/{x}/{y}.png");
    }

    @Test
    void anEmptySettingMeansNoTiles() {
        assertThat(new MapTileSettings("").tileUrl()).isNull();
    }
}
