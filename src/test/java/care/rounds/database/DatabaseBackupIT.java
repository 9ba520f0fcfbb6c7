package care.rounds.database;

import care.rounds.RoundsIntegrationTest;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A backup of the demo clinic restored into an empty database holds every patient and every visit,
 * row for row.
 */
@RoundsIntegrationTest
class DatabaseBackupIT {

    @Autowired
    DatabaseBackup backup;
    @Autowired
    DataSource clinic;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aBackupRestoredIntoAnEmptyDatabaseHasEveryPatientAndVisitRowForRow(@TempDir Path folder) throws Exception {
        Path file = backup.backupTo(folder.resolve("backups"));
        List<String> patients = rows(jdbc, "patient");
        List<String> visits = rows(jdbc, "infusion_visit");
        assertThat(patients).hasSizeGreaterThanOrEqualTo(40);
        assertThat(visits).isNotEmpty();

        var properties = new EmbeddedDatabaseProperties(folder.resolve("restored"), false, 0);
        try (EmbeddedDatabase empty = new EmbeddedDatabaseConfiguration().embeddedDatabase(properties);
             HikariDataSource target = dataSource(empty)) {
            DatabaseRestore.Restored restored = DatabaseRestore.restore(file, target);
            JdbcClient copy = JdbcClient.create(target);

            assertThat(rows(copy, "patient")).isEqualTo(patients);
            assertThat(rows(copy, "infusion_visit")).isEqualTo(visits);
            assertThat(restored.rows()).containsEntry("patient", (long) patients.size())
                    .containsEntry("infusion_visit", (long) visits.size()).containsKey("audit_entry");
            // the sequences continue where they were: a new patient gets a new id
            long next = copy.sql("select nextval(pg_get_serial_sequence('patient', 'id'))").query(Long.class).single();
            long highest = jdbc.sql("select max(id) from patient").query(Long.class).single();
            assertThat(next).isGreaterThan(highest);
            // and the audit record stays append-only in the copy
            assertThatThrownBy(() -> copy.sql("delete from audit_entry").update()).rootCause()
                    .hasMessageContaining("append-only");

            assertThatThrownBy(() -> DatabaseRestore.restore(file, target))
                    .hasMessageContaining("already has tables");
        }
    }

    @Test
    void onlyTheNewestBackupsAreKept(@TempDir Path folder) throws Exception {
        for (int day = 1; day <= 5; day++) {
            Files.writeString(folder.resolve("rounds-2026110" + day + "-023000.zip"), "old");
        }
        Files.writeString(folder.resolve("notes.txt"), "not a backup");
        new DatabaseBackup(clinic, new BackupSettings(true, folder, "0 30 2 * * *", 2), Clock.systemUTC())
                .deleteBeyondRetention(folder);
        try (Stream<Path> left = Files.list(folder)) {
            assertThat(left.map(p -> p.getFileName().toString()).sorted())
                    .containsExactly("notes.txt", "rounds-20261104-023000.zip", "rounds-20261105-023000.zip");
        }
    }

    private static List<String> rows(JdbcClient db, String table) {
        return db.sql("select t::text from " + table + " t order by id").query(String.class).list();
    }

    private static HikariDataSource dataSource(EmbeddedDatabase database) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(database.jdbcUrl());
        dataSource.setUsername(EmbeddedServer.USER);
        dataSource.setPassword(database.password());
        dataSource.setMaximumPoolSize(2);
        return dataSource;
    }
}
