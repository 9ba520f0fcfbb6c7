package care.rounds.calendar;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What each clinician's feed last carried. A visit the office cancels leaves the route; remembering
 * it lets the feed send it once more as cancelled, at the time the phone knows, instead of the event
 * silently disappearing.
 */
@Component
class SentEvents {

    record Sent(long visitId, Instant start, Instant end) {
    }

    private final JdbcClient jdbc;

    SentEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<Long, Sent> of(long clinicianId) {
        return jdbc.sql("select visit_id, starts_at, ends_at from calendar_feed_entry where clinician_id = ?")
                .param(clinicianId)
                .query((rs, row) -> new Sent(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant(),
                        rs.getObject(3, OffsetDateTime.class).toInstant()))
                .list().stream().collect(Collectors.toMap(Sent::visitId, s -> s));
    }

    /** Replaces what the clinician's feed carried by these events. */
    void remember(long clinicianId, Collection<FeedEvent> events) {
        jdbc.sql("delete from calendar_feed_entry where clinician_id = ?").param(clinicianId).update();
        for (FeedEvent event : events) {
            // two phones polling at once: the later one wins, neither fails
            jdbc.sql("""
                            insert into calendar_feed_entry (clinician_id, visit_id, starts_at, ends_at)
                            values (?, ?, ?, ?)
                            on conflict (clinician_id, visit_id)
                            do update set starts_at = excluded.starts_at, ends_at = excluded.ends_at""")
                    .params(clinicianId, event.visitId(), utc(event.start()), utc(event.end()))
                    .update();
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
