package care.rounds.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded PostgreSQL as the clinic runs it: durable, closed to other local users, and able to
 * start first time after the application was killed.
 */
class EmbeddedDatabaseDurabilityIT {

    @TempDir
    Path folder;

    @Test
    void commitsReachTheDiskAndOnlyThePasswordOpensTheDatabaseOverLoopback() throws Exception {
        var properties = new EmbeddedDatabaseProperties(folder.resolve("postgres"), false, 0);
        try (EmbeddedDatabase database = new EmbeddedDatabaseConfiguration().embeddedDatabase(properties);
             Connection connection = connect(database)) {
            assertThat(show(connection, "fsync")).isEqualTo("on");
            assertThat(show(connection, "synchronous_commit")).isEqualTo("on");
            assertThat(show(connection, "full_page_writes")).isEqualTo("on");
            assertThat(show(connection, "listen_addresses")).isEqualTo("127.0.0.1");
            assertThat(show(connection, "unix_socket_directories")).isEmpty();
            assertThat(Files.readString(database.dataDir().resolve("pg_hba.conf")))
                    .contains("scram-sha-256").doesNotContain("trust");
            assertThat(Files.getPosixFilePermissions(properties.passwordFile())).hasSize(2);

            assertThatThrownBy(() -> DriverManager.getConnection(database.jdbcUrl(), "postgres", "").close())
                    .isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> DriverManager.getConnection(database.jdbcUrl(), "postgres", "postgres").close())
                    .isInstanceOf(SQLException.class).hasMessageContaining("password authentication failed");
        }
    }

    @Test
    void aServerLeftRunningByAKilledApplicationIsStoppedAndTheNextStartWorksFirstTime() throws Exception {
        Path dataDir = folder.resolve("postgres");
        Process application = startApplication(dataDir, 1);
        application.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        ProcessHandle orphan = StaleServer.runningOn(dataDir).orElseThrow(
                () -> new AssertionError("expected the killed application's PostgreSQL to keep running"));

        var properties = new EmbeddedDatabaseProperties(dataDir, false, 0);
        try (EmbeddedDatabase database = new EmbeddedDatabaseConfiguration().embeddedDatabase(properties);
             Connection connection = connect(database); Statement statement = connection.createStatement()) {
            assertThat(orphan.isAlive()).isFalse();
            ResultSet rows = statement.executeQuery("SELECT note FROM visit_note WHERE id = 1");
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("written before the kill");
        }
    }

    @Test
    void aFolderFromAnEarlierVersionThatTrustedEveryoneGetsThePassword() throws Exception {
        Path dataDir = folder.resolve("postgres");
        try (EmbeddedPostgres open = EmbeddedPostgres.builder().setDataDirectory(dataDir)
                .setCleanDataDirectory(false).start()) {
            open.getPostgresDatabase().getConnection().close();
        }
        assertThat(Files.readString(dataDir.resolve("pg_hba.conf"))).contains("trust");

        var properties = new EmbeddedDatabaseProperties(dataDir, false, 0);
        try (EmbeddedDatabase database = new EmbeddedDatabaseConfiguration().embeddedDatabase(properties)) {
            connect(database).close();
            assertThatThrownBy(() -> DriverManager.getConnection(database.jdbcUrl(), "postgres", "").close())
                    .isInstanceOf(SQLException.class);
            assertThat(Files.readString(dataDir.resolve("pg_hba.conf"))).doesNotContain("trust");
        }
    }

    private static Connection connect(EmbeddedDatabase database) throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl(), EmbeddedServer.USER, database.password());
    }

    private static String show(Connection connection, String setting) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SHOW " + setting)) {
            result.next();
            return result.getString(1);
        }
    }

    /** The embedded database in another JVM, as the application runs it, ready to be killed. */
    private static Process startApplication(Path dataDir, int row) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                KilledApplication.class.getName(), dataDir.toString(), String.valueOf(row)));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream()));
        StringBuilder seen = new StringBuilder();
        String line;
        while ((line = output.readLine()) != null) {
            if (line.equals("READY")) {
                return process;
            }
            seen.append(line).append('\n');
        }
        throw new AssertionError("The application did not start its database:\n" + seen);
    }
}
