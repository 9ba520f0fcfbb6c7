package care.rounds.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The running embedded server: where it listens, its folder and its password.
 */
public final class EmbeddedDatabase implements Closeable {

    private final EmbeddedPostgres postgres;
    private final Path dataDir;
    private final String password;

    EmbeddedDatabase(EmbeddedPostgres postgres, Path dataDir, String password) {
        this.postgres = postgres;
        this.dataDir = dataDir;
        this.password = password;
    }

    public String jdbcUrl() {
        return EmbeddedServer.jdbcUrl(postgres.getPort());
    }

    public int port() {
        return postgres.getPort();
    }

    public Path dataDir() {
        return dataDir;
    }

    String password() {
        return password;
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
