package care.rounds.database;

import java.nio.file.Path;

/**
 * The embedded PostgreSQL could not start; the failure analyzer turns this into advice.
 */
class EmbeddedDatabaseUnavailableException extends RuntimeException {

    private final Path dataDir;

    EmbeddedDatabaseUnavailableException(Path dataDir, Throwable cause) {
        super("The embedded PostgreSQL could not start with its data in " + dataDir + ": " + rootMessage(cause), cause);
        this.dataDir = dataDir;
    }

    Path dataDir() {
        return dataDir;
    }

    static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
