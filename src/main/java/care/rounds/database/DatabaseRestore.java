package care.rounds.database;

import org.flywaydb.core.Flyway;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Loads a {@link DatabaseBackup} into an empty database: Flyway builds the schema up to the backup's
 * version, then every table is loaded with COPY in one transaction (parents first), the sequences are
 * set where they were, and each table's row count is checked against the manifest.
 */
public final class DatabaseRestore {

    /** What was restored: rows per table, in load order. */
    public record Restored(String schemaVersion, Map<String, Long> rows) {
    }

    private DatabaseRestore() {
    }

    public static Restored restore(Path backup, DataSource target) throws IOException, SQLException {
        try (ZipFile zip = new ZipFile(backup.toFile())) {
            Properties manifest = manifest(zip);
            String version = manifest.getProperty("schema.version");
            refuseUnlessEmpty(target);
            Flyway.configure().dataSource(target).locations("classpath:db/migration").target(version)
                    .load().migrate();
            List<String> tables = new ArrayList<>(Arrays.asList(manifest.getProperty("tables").split(",")));
            tables.remove(TableCopy.FLYWAY_HISTORY);
            Map<String, Long> restored = new LinkedHashMap<>();
            try (Connection connection = target.getConnection()) {
                connection.setAutoCommit(false);
                clearRowsTheMigrationsAdded(connection, tables);
                for (String table : tables) {
                    ZipEntry entry = zip.getEntry("tables/" + table + ".copy");
                    if (entry == null) {
                        throw new IOException("The backup has no data for table " + table + ".");
                    }
                    try (InputStream in = zip.getInputStream(entry)) {
                        long rows = TableCopy.copyIn(connection, table, in);
                        long expected = Long.parseLong(manifest.getProperty("rows." + table, "-1"));
                        if (rows != expected) {
                            throw new IOException("Table " + table + ": " + rows + " rows loaded, the backup has "
                                    + expected + ".");
                        }
                        restored.put(table, rows);
                    }
                }
                setSequences(connection, manifest);
                connection.commit();
            }
            return new Restored(version, restored);
        }
    }

    static Properties manifest(ZipFile zip) throws IOException {
        ZipEntry entry = zip.getEntry(DatabaseBackup.MANIFEST);
        if (entry == null) {
            throw new IOException(zip.getName() + " is not a Rounds database backup (no " + DatabaseBackup.MANIFEST + ").");
        }
        Properties manifest = new Properties();
        try (InputStream in = zip.getInputStream(entry)) {
            manifest.load(in);
        }
        if (!DatabaseBackup.FORMAT.equals(manifest.getProperty("format"))) {
            throw new IOException(zip.getName() + " has backup format " + manifest.getProperty("format")
                    + "; this version of Rounds reads " + DatabaseBackup.FORMAT + ".");
        }
        return manifest;
    }

    private static void refuseUnlessEmpty(DataSource target) throws SQLException {
        try (Connection connection = target.getConnection();
             PreparedStatement tables = connection.prepareStatement("select count(*) from information_schema.tables "
                     + "where table_schema = 'public'");
             ResultSet rows = tables.executeQuery()) {
            rows.next();
            if (rows.getLong(1) > 0) {
                throw new SQLException("The target database already has tables. Restore into an empty database "
                        + "(a new embedded data folder, or a newly created server database).");
            }
        }
    }

    /** Migrations seed some reference rows (protocols); the backup has them too, as they were. */
    private static void clearRowsTheMigrationsAdded(Connection connection, List<String> tables) throws SQLException {
        List<String> seeded = new ArrayList<>();
        for (String table : tables) {
            if (TableCopy.count(connection, table) > 0) {
                seeded.add(TableCopy.quoted(table));
            }
        }
        if (!seeded.isEmpty()) {
            try (PreparedStatement truncate = connection.prepareStatement("TRUNCATE " + String.join(", ", seeded)
                    + " CASCADE")) {
                truncate.execute();
            }
        }
    }

    private static void setSequences(Connection connection, Properties manifest) throws SQLException {
        for (String key : manifest.stringPropertyNames()) {
            if (!key.startsWith("sequence.")) {
                continue;
            }
            String sequence = key.substring("sequence.".length());
            String last = manifest.getProperty(key);
            try (PreparedStatement set = connection.prepareStatement(last.isEmpty()
                    ? "select setval(?::regclass, 1, false)" : "select setval(?::regclass, ?, true)")) {
                set.setString(1, TableCopy.quoted(sequence));
                if (!last.isEmpty()) {
                    set.setLong(2, Long.parseLong(last));
                }
                set.execute();
            }
        }
    }
}
