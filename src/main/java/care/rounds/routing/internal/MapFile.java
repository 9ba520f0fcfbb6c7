package care.rounds.routing.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;

/**
 * An OpenStreetMap {@code .osm.pbf} file with its checksum and a human name for the area it covers.
 * The checksum, not the file name or date, decides whether an imported graph or address index is
 * still valid: users replace a region file under the same name.
 */
public record MapFile(Path path, String sha256, String areaName) {

    /** Names for the maps shipped for development and tests. */
    private static final Map<String, String> KNOWN_AREAS = Map.of(
            "atlanta-central", "Atlanta, GA",
            "cobb-county", "Cobb County, GA",
            "columbus", "Columbus, OH");

    public static MapFile of(Path path, String configuredAreaName) {
        if (!Files.isRegularFile(path)) {
            throw new MapNotUsableException("The road map " + path.getFileName() + " does not exist (looked for "
                    + path.toAbsolutePath().normalize() + "). Set rounds.routing.osm-file to an .osm.pbf file "
                    + "of your region, or remove the setting to work with straight-line estimates.");
        }
        String name = configuredAreaName == null || configuredAreaName.isBlank()
                ? areaNameFromFile(path) : configuredAreaName.trim();
        return new MapFile(path, sha256(path), name);
    }

    public String fileName() {
        return path.getFileName().toString();
    }

    /** The file name without {@code .osm.pbf}, e.g. "atlanta-central". */
    public String baseName() {
        return baseName(path);
    }

    static String areaNameFromFile(Path path) {
        String base = baseName(path);
        return KNOWN_AREAS.getOrDefault(base.toLowerCase(Locale.ROOT), base);
    }

    private static String baseName(Path path) {
        String name = path.getFileName().toString();
        for (String ending : new String[]{".osm.pbf", ".pbf", ".osm"}) {
            if (name.toLowerCase(Locale.ROOT).endsWith(ending)) {
                return name.substring(0, name.length() - ending.length());
            }
        }
        return name;
    }

    private static String sha256(Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int read; (read = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, read);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the road map " + path.getFileName(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
