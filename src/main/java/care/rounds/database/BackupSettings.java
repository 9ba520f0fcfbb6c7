package care.rounds.database;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.nio.file.Path;

/**
 * Backups of the clinic's database ({@code rounds.backup.*}).
 *
 * @param enabled whether the scheduled backup runs
 * @param dir     where backups are written
 * @param cron    when (Spring cron, in the clinic's time zone): nightly at 02:30 by default
 * @param keep    how many of the newest backups to keep; older ones are deleted after each backup
 */
@Validated
@ConfigurationProperties("rounds.backup")
public record BackupSettings(@DefaultValue("true") boolean enabled,
                             @DefaultValue("data/backups") Path dir,
                             @DefaultValue("0 30 2 * * *") String cron,
                             @DefaultValue("14") @Min(1) int keep) {
}
