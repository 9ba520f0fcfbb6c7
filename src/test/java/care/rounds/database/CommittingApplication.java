package care.rounds.database;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;

/**
 * For {@link ReliabilityCheck}: starts the embedded database on a folder and commits one row after
 * another, printing "COMMITTED n" after each commit returns, until it is killed.
 */
public final class CommittingApplication {

    public static void main(String[] args) throws Exception {
        var properties = new EmbeddedDatabaseProperties(Path.of(args[0]), false, 0);
        EmbeddedDatabase database = new EmbeddedDatabaseConfiguration().embeddedDatabase(properties);
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), EmbeddedServer.USER,
                database.password())) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE IF NOT EXISTS booking_note (id bigint PRIMARY KEY, note text NOT NULL)");
            }
            long next;
            try (Statement statement = connection.createStatement();
                 var max = statement.executeQuery("SELECT coalesce(max(id), 0) + 1 FROM booking_note")) {
                max.next();
                next = max.getLong(1);
            }
            System.out.println("READY " + next);
            System.out.flush();
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO booking_note VALUES (?, ?)")) {
                for (long id = next; ; id++) {
                    insert.setLong(1, id);
                    insert.setString(2, "visit booked " + id);
                    insert.executeUpdate();
                    System.out.println("COMMITTED " + id);
                    System.out.flush();
                }
            }
        }
    }
}
