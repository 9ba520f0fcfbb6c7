package care.rounds.database;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * Stands in for the application in {@link EmbeddedDatabaseDurabilityIT}: starts the embedded database
 * on a folder, writes a row, says READY and waits to be killed.
 */
public final class KilledApplication {

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(args[0]);
        var properties = new EmbeddedDatabaseProperties(dataDir, false, 0);
        EmbeddedDatabase database = new EmbeddedDatabaseConfiguration().embeddedDatabase(properties);
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), EmbeddedServer.USER,
                database.password()); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS visit_note (id int PRIMARY KEY, note text)");
            statement.execute("INSERT INTO visit_note VALUES (" + args[1] + ", 'written before the kill')");
        }
        System.out.println("READY");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
