package care.rounds.routing.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * The demo map that ships inside the application (downtown Atlanta, OpenStreetMap data, ODbL), used
 * when no map is configured. GraphHopper reads files, not class-path resources, so the map is copied
 * once into the graph cache folder; a copy of another size (an older release's map) is replaced.
 */
public final class ShippedMap {

    /** Where the demo map lies on the class path ({@code src/main/resources/maps}). */
    public static final String RESOURCE = "maps/atlanta-central.osm.pbf";

    private ShippedMap() {
    }

    /**
     * The shipped map as a file under {@code cacheDir}, or empty when the class path has no such map
     * (a build that left it out).
     */
    static Optional<Path> extract(String resource, Path cacheDir) {
        ClassLoader loader = ShippedMap.class.getClassLoader();
        var url = loader.getResource(resource);
        if (url == null) {
            return Optional.empty();
        }
        Path target = cacheDir.resolve("shipped-maps").resolve(Path.of(resource).getFileName());
        try {
            long size = url.openConnection().getContentLengthLong();
            if (Files.isRegularFile(target) && Files.size(target) == size) {
                return Optional.of(target);
            }
            Files.createDirectories(target.getParent());
            Path partial = target.resolveSibling(target.getFileName() + ".part");
            try (InputStream in = url.openStream()) {
                Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return Optional.of(target);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot copy the shipped demo map into " + cacheDir.toAbsolutePath()
                    + ": make that folder writable or set rounds.routing.cache-dir", e);
        }
    }
}
