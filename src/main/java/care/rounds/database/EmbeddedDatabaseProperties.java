package care.rounds.database;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;

/**
 * Settings of the embedded PostgreSQL started when no server is configured.
 *
 * @param dataDir where the database files live; they survive restarts
 * @param clean   wipe the folder at start (tests only)
 * @param port    fixed port, or 0 for any free one
 */
@ConfigurationProperties("rounds.database.embedded")
public record EmbeddedDatabaseProperties(Path dataDir, boolean clean, int port) {

    public EmbeddedDatabaseProperties {
        if (dataDir == null) {
            dataDir = Path.of("data", "postgres");
        }
    }

    /** The superuser's password, generated at the first start and kept beside the data folder. */
    Path passwordFile() {
        Path absolute = dataDir.toAbsolutePath().normalize();
        return absolute.resolveSibling(absolute.getFileName() + ".password");
    }
}
