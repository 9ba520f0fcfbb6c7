package care.rounds.base.ui.map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Which tile server maps use: setting {@code rounds.map.tile-url} (OpenStreetMap's by default);
 * set it empty where there is no internet, and maps draw on a plain background instead.
 * Screens apply it with {@code map.setTileUrl(settings.tileUrl())}.
 */
@Component
public class MapTileSettings {

    /** The setting with OpenStreetMap as its default (Spring keeps the balanced {z} braces). */
    static final String TILE_URL_SETTING = "${rounds.map.tile-url:" + RoundsMap.OSM_TILES + "}";

    private final String tileUrl;

    public MapTileSettings(@Value(TILE_URL_SETTING) String tileUrl) {
        this.tileUrl = tileUrl == null || tileUrl.isBlank() ? null : tileUrl.strip();
    }

    /** The URL template, or null for no tiles. */
    public String tileUrl() {
        return tileUrl;
    }
}
