package care.rounds.calendar;

import java.time.Instant;

/**
 * A link just created. The secret exists only in this value: it is shown to the clinician once and
 * never stored, so a lost link is replaced, not looked up.
 */
public record NewCalendarLink(String secret, Instant createdAt) {

    /** The feed's path on this server, e.g. {@code /calendar/XYZ.ics}. */
    public String path() {
        return CalendarFeed.PATH_PREFIX + secret + ".ics";
    }

    @Override
    public String toString() {
        return "NewCalendarLink[created " + createdAt + "]";
    }
}
