package care.rounds.database;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The nightly backup (setting {@code rounds.backup.cron}, in the clinic's time zone). A failed backup
 * is logged as an error with its reason and tried again the next night; it never stops the application.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ScheduledBackup {

    private static final Logger log = LoggerFactory.getLogger(ScheduledBackup.class);

    private final DatabaseBackup backup;
    private final BackupSettings settings;

    ScheduledBackup(DatabaseBackup backup, BackupSettings settings) {
        this.backup = backup;
        this.settings = settings;
    }

    @Scheduled(cron = "${rounds.backup.cron:0 30 2 * * *}", zone = "${rounds.clinic.time-zone:America/New_York}")
    void nightly() {
        if (!settings.enabled()) {
            return;
        }
        try {
            backup.backupNow();
        } catch (Exception e) {
            log.error("The database backup into {} failed: {}. Check that the folder is writable and has space "
                    + "(setting ROUNDS_BACKUP_DIR).", settings.dir().toAbsolutePath(), e.getMessage());
        }
    }
}
