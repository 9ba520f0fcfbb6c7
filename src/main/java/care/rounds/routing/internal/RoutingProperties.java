package care.rounds.routing.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Settings of the routing module ({@code rounds.routing.*}).
 *
 * @param osmFile           the road map; when unset, the demo map of downtown Atlanta shipped inside the
 *                          application ({@link ShippedMap})
 * @param areaName          the area's name for users; derived from the file name when unset
 * @param cacheDir          where imported road graphs are kept, one folder per map checksum and profile
 * @param maxSnapMeters     how far a location may be from a drivable road
 * @param geocoderUrl       a Nominatim-compatible geocoder used besides the offline address index
 * @param addressIndex      whether to index the map's streets and house addresses into PostgreSQL
 * @param addressPointsFile an optional CSV of house addresses in the OpenAddresses layout, indexed besides
 *                          the map's own (for regions where OpenStreetMap has few house numbers)
 * @param matrixCachePairs  how many location pairs the matrix cache keeps before it starts over
 * @param shapeCacheSize    how many route shapes are kept
 * @param estimateSpeedKmh  average driving speed for straight-line estimates
 * @param estimateDetourFactor how much longer than a straight line a drive is assumed to be
 */
@ConfigurationProperties("rounds.routing")
public record RoutingProperties(
        String osmFile,
        String areaName,
        @DefaultValue("data/graphhopper") Path cacheDir,
        @DefaultValue("300") double maxSnapMeters,
        URI geocoderUrl,
        @DefaultValue("true") boolean addressIndex,
        String addressPointsFile,
        @DefaultValue("2000000") int matrixCachePairs,
        @DefaultValue("5000") int shapeCacheSize,
        @DefaultValue("30") double estimateSpeedKmh,
        @DefaultValue("1.3") double estimateDetourFactor) {

    /** The configured map as a file path; a text, not a {@link Path}, so that "../maps/x.osm.pbf" binds. */
    public Optional<Path> osmPath() {
        return osmFile == null || osmFile.isBlank() ? Optional.empty() : Optional.of(Path.of(osmFile.strip()));
    }

    public Optional<Path> addressPointsPath() {
        return addressPointsFile == null || addressPointsFile.isBlank() ? Optional.empty()
                : Optional.of(Path.of(addressPointsFile.strip()));
    }

    public static RoutingProperties defaults() {
        return new RoutingProperties(null, null, Path.of("data/graphhopper"), 300, null, true, null,
                2_000_000, 5000, 30, 1.3);
    }
}
