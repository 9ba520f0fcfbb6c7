package care.rounds.messages;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.time.LocalTime;

/**
 * How the outbox sends (settings {@code rounds.messages.*}).
 *
 * @param sendingEnabled   the scheduled job sends (off in tests, which send when they choose)
 * @param quietFrom        no message goes out from this time of day, in the clinic's zone...
 * @param quietUntil       ...until this time: it waits in the outbox
 * @param firstRetry       the wait after the first failure; it doubles with each further failure
 * @param longestRetry     the wait never grows past this
 * @param maxAttempts      after this many failed attempts the message is marked failed for the coordinator
 * @param lease            a message taken for sending and not finished within this time (the application
 *                         stopped mid-send) is taken up again
 * @param reminderFrom     reminders for tomorrow's visits are queued from this time of day on
 */
@ConfigurationProperties("rounds.messages")
public record MessageSettings(@DefaultValue("true") boolean sendingEnabled,
                              @DefaultValue("21:00") LocalTime quietFrom,
                              @DefaultValue("08:00") LocalTime quietUntil,
                              @DefaultValue("1m") Duration firstRetry,
                              @DefaultValue("1h") Duration longestRetry,
                              @DefaultValue("6") int maxAttempts,
                              @DefaultValue("2m") Duration lease,
                              @DefaultValue("10:00") LocalTime reminderFrom) {

    /** The wait before attempt {@code failures + 1}: 1, 2, 4, 8... minutes, at most {@link #longestRetry}. */
    Duration backoff(int failures) {
        Duration wait = firstRetry.multipliedBy(1L << Math.min(20, Math.max(0, failures - 1)));
        return wait.compareTo(longestRetry) > 0 ? longestRetry : wait;
    }
}
