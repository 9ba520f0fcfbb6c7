package care.rounds.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * The embedded PostgreSQL as a product database, not a test fixture. zonky's defaults suit tests
 * (fsync off, asynchronous commit, anyone on the machine may connect as superuser without a password);
 * here every commit reaches the disk before it is confirmed, full pages are written after each
 * checkpoint so a torn page survives a power cut, the server listens on 127.0.0.1 only (no Unix socket)
 * and takes only the superuser's password.
 */
final class EmbeddedServer {

    static final String USER = "postgres";
    static final String LOOPBACK = "127.0.0.1";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedServer.class);
    private static final String HBA = """
            # Written by Rounds at every start: only password (SCRAM) connections over loopback.
            host all all 127.0.0.1/32 scram-sha-256
            """;

    private EmbeddedServer() {
    }

    /** Starts PostgreSQL on the folder (creating the database the first time), after stopping a stale one. */
    static EmbeddedPostgres start(Path dataDir, boolean clean, int port, String password) throws IOException {
        Files.createDirectories(dataDir);
        StaleServer.stopIfRunning(dataDir);
        Path pwFile = Files.createTempFile("rounds-initdb", ".pw");
        try {
            Files.writeString(pwFile, password + "\n", StandardCharsets.UTF_8);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(clean)
                    .setPort(port)
                    // zonky waits 10 s by default; a first start on a busy machine can take longer
                    .setPGStartupWait(Duration.ofSeconds(90))
                    // initdb: a password for the superuser, and pg_hba.conf without "trust"
                    .setLocaleConfig("auth-host", "scram-sha-256")
                    .setLocaleConfig("auth-local", "scram-sha-256")
                    .setLocaleConfig("pwfile", pwFile.toString())
                    // durability: these come after zonky's own "-F" (no fsync), so they win
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setServerConfig("listen_addresses", LOOPBACK)
                    .setServerConfig("unix_socket_directories", "")
                    .setConnectConfig("password", password)
                    .start();
            closeOlderOpenFolder(postgres, dataDir, password);
            return postgres;
        } finally {
            Files.deleteIfExists(pwFile);
        }
    }

    static String jdbcUrl(int port) {
        return "jdbc:postgresql://" + LOOPBACK + ":" + port + "/postgres";
    }

    /**
     * A folder created by an earlier version of Rounds lets anyone in without a password ("trust"):
     * set the password and replace its pg_hba.conf. Cheap enough to check on every start.
     */
    private static void closeOlderOpenFolder(EmbeddedPostgres postgres, Path dataDir, String password) throws IOException {
        Path hba = dataDir.resolve("pg_hba.conf");
        if (Files.isRegularFile(hba) && Files.readString(hba).equals(HBA)) {
            return;
        }
        try (Connection connection = DriverManager.getConnection(jdbcUrl(postgres.getPort()), USER, password);
             Statement statement = connection.createStatement()) {
            // ALTER ROLE cannot take a bind parameter; the password is hex digits only
            if (!password.matches("[0-9a-f]+")) {
                throw new IOException("The database password file must hold hex digits only.");
            }
            statement.execute("ALTER ROLE " + USER + " PASSWORD '" + password + "'");
            Files.writeString(hba, HBA, StandardCharsets.UTF_8);
            try (PreparedStatement reload = connection.prepareStatement("SELECT pg_reload_conf()")) {
                reload.execute();
            }
            log.info("The embedded database in {} now takes only password connections over loopback.", dataDir);
        } catch (SQLException e) {
            throw new IOException("Could not set the embedded database's password: " + e.getMessage(), e);
        }
    }
}
