package care.rounds.database;

import com.zaxxer.hikari.HikariDataSource;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Restores a backup from {@code data/backups} into a new, empty database, with Rounds stopped:
 * <pre>
 * # into a new embedded data folder (then point ROUNDS_DATABASE_EMBEDDED_DATA_DIR at it, or swap folders)
 * java -cp rounds.jar -Dloader.main=care.rounds.database.RestoreCommand \
 *      org.springframework.boot.loader.launch.PropertiesLauncher data/backups/rounds-20261130-073000.zip data/postgres-restored
 * # into an empty database on a PostgreSQL server
 * java -cp rounds.jar -Dloader.main=care.rounds.database.RestoreCommand \
 *      org.springframework.boot.loader.launch.PropertiesLauncher backup.zip jdbc:postgresql://host/rounds user password
 * </pre>
 */
public final class RestoreCommand {

    private RestoreCommand() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2 && args.length != 4) {
            System.err.println("""
                    Usage: RestoreCommand <backup.zip> <new embedded data folder>
                           RestoreCommand <backup.zip> <jdbc:postgresql://host:port/database> <user> <password>""");
            System.exit(2);
        }
        Path backup = Path.of(args[0]);
        if (!Files.isRegularFile(backup)) {
            System.err.println("No backup file at " + backup.toAbsolutePath());
            System.exit(2);
        }
        DatabaseRestore.Restored restored;
        if (args.length == 4) {
            try (HikariDataSource server = dataSource(args[1], args[2], args[3])) {
                restored = DatabaseRestore.restore(backup, server);
            }
        } else {
            Path folder = Path.of(args[1]).toAbsolutePath().normalize();
            if (Files.exists(folder.resolve("PG_VERSION"))) {
                System.err.println(folder + " already holds a database; give a new folder.");
                System.exit(2);
            }
            var properties = new EmbeddedDatabaseProperties(folder, false, 0);
            try (EmbeddedDatabase database = new EmbeddedDatabaseConfiguration().embeddedDatabase(properties);
                 HikariDataSource embedded = dataSource(database.jdbcUrl(), EmbeddedServer.USER, database.password())) {
                restored = DatabaseRestore.restore(backup, embedded);
            }
            System.out.println("Restored into " + folder + " (password in " + properties.passwordFile() + ").");
            System.out.println("Start Rounds on it with ROUNDS_DATABASE_EMBEDDED_DATA_DIR=" + folder);
        }
        long rows = restored.rows().values().stream().mapToLong(Long::longValue).sum();
        System.out.println("Schema version " + restored.schemaVersion() + ", " + restored.rows().size() + " tables, "
                + rows + " rows, every table's row count checked against the backup.");
    }

    private static HikariDataSource dataSource(String url, String user, String password) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(url);
        dataSource.setUsername(user);
        dataSource.setPassword(password);
        dataSource.setMaximumPoolSize(2);
        return dataSource;
    }
}
