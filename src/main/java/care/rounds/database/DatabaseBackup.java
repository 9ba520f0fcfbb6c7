package care.rounds.database;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A consistent copy of every table (one snapshot: a repeatable-read transaction) in one zip file in
 * {@code data/backups}, with a manifest naming the schema version, the row counts and the sequences.
 * {@link DatabaseRestore} loads it into an empty database. Older backups beyond the retention
 * setting are deleted after each new one.
 */
@Service
public class DatabaseBackup {

    static final String MANIFEST = "manifest.properties";
    static final String FORMAT = "rounds-table-copy-1";
    private static final Logger log = LoggerFactory.getLogger(DatabaseBackup.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final DataSource dataSource;
    private final BackupSettings settings;
    private final Clock clock;

    DatabaseBackup(DataSource dataSource, BackupSettings settings, Clock clock) {
        this.dataSource = dataSource;
        this.settings = settings;
        this.clock = clock;
    }

    /** Writes a backup into the configured folder and applies the retention; returns the file. */
    public Path backupNow() throws IOException, SQLException {
        Path file = backupTo(settings.dir());
        deleteBeyondRetention(settings.dir());
        return file;
    }

    Path backupTo(Path dir) throws IOException, SQLException {
        Files.createDirectories(dir);
        Path file = dir.resolve("rounds-" + STAMP.format(clock.instant()) + ".zip");
        Path partial = dir.resolve(file.getFileName() + ".partial");
        long started = System.nanoTime();
        long rows = 0;
        try (Connection connection = dataSource.getConnection();
             ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(partial))) {
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setReadOnly(true);
            try {
                Properties manifest = new Properties();
                manifest.setProperty("format", FORMAT);
                manifest.setProperty("created", clock.instant().toString());
                manifest.setProperty("schema.version", schemaVersion(connection));
                List<String> tables = TableCopy.tablesInLoadOrder(connection);
                manifest.setProperty("tables", String.join(",", tables));
                for (String table : tables) {
                    zip.putNextEntry(new ZipEntry("tables/" + table + ".copy"));
                    long copied = TableCopy.copyOut(connection, table, new KeepOpen(zip));
                    zip.closeEntry();
                    manifest.setProperty("rows." + table, String.valueOf(copied));
                    rows += copied;
                }
                addSequences(connection, manifest);
                zip.putNextEntry(new ZipEntry(MANIFEST));
                manifest.store(zip, "Rounds database backup; restore with care.rounds.database.RestoreCommand");
                zip.closeEntry();
            } finally {
                connection.rollback();
            }
        }
        Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
        log.info("Database backup written: {} ({} rows, {} ms)", file, rows, (System.nanoTime() - started) / 1_000_000);
        return file;
    }

    void deleteBeyondRetention(Path dir) throws IOException {
        List<Path> newestFirst;
        try (Stream<Path> files = Files.list(dir)) {
            newestFirst = files.filter(f -> f.getFileName().toString().matches("rounds-\\d{8}-\\d{6}\\.zip"))
                    .sorted((a, b) -> b.getFileName().toString().compareTo(a.getFileName().toString())).toList();
        }
        for (Path old : newestFirst.subList(Math.min(settings.keep(), newestFirst.size()), newestFirst.size())) {
            Files.deleteIfExists(old);
            log.info("Old database backup deleted: {} (keeping the newest {})", old.getFileName(), settings.keep());
        }
    }

    private static String schemaVersion(Connection connection) throws SQLException {
        try (PreparedStatement version = connection.prepareStatement("select version from " + TableCopy.FLYWAY_HISTORY
                + " where success and version is not null order by installed_rank desc limit 1");
             ResultSet rows = version.executeQuery()) {
            if (!rows.next()) {
                throw new SQLException("The database has no Flyway schema history; nothing to back up.");
            }
            return rows.getString(1);
        }
    }

    private static void addSequences(Connection connection, Properties manifest) throws SQLException {
        try (PreparedStatement sequences = connection.prepareStatement(
                "select sequencename, last_value from pg_sequences where schemaname = 'public'");
             ResultSet rows = sequences.executeQuery()) {
            while (rows.next()) {
                String last = rows.getString(2);
                manifest.setProperty("sequence." + rows.getString(1), last == null ? "" : last);
            }
        }
    }

    /** COPY closes the stream it writes to; a zip entry must stay open for the next one. */
    private static final class KeepOpen extends java.io.FilterOutputStream {
        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
