package care.rounds.intake.internal;

import care.rounds.base.ClinicTime;
import care.rounds.intake.SpamReason;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/**
 * How many requests were stopped before the inbox, per clinic day and reason. Only counts: what a
 * robot (or a person) sent is not kept.
 */
@Component
public class SpamTally {

    private final JdbcTemplate jdbc;
    private final ClinicTime time;

    SpamTally(JdbcTemplate jdbc, ClinicTime time) {
        this.jdbc = jdbc;
        this.time = time;
    }

    public void count(SpamReason reason) {
        jdbc.update("""
                insert into intake_spam_count (day, reason, count) values (?, ?, 1)
                on conflict (day, reason) do update set count = intake_spam_count.count + 1
                """, time.today(), reason.name());
    }

    /** Per reason, the requests stopped on the last {@code days} clinic days (today included). */
    public Map<SpamReason, Integer> lastDays(int days) {
        LocalDate from = time.today().minusDays(days - 1L);
        Map<SpamReason, Integer> counts = new EnumMap<>(SpamReason.class);
        jdbc.query("select reason, sum(count) from intake_spam_count where day >= ? group by reason",
                row -> {
                    counts.put(SpamReason.valueOf(row.getString(1)), row.getInt(2));
                }, from);
        return counts;
    }
}
