package care.rounds.base;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The clinic's time zone and how times are shown. Times are stored as instants; every screen
 * shows them in the clinic's zone (setting {@code rounds.clinic.time-zone}).
 */
@Component
public class ClinicTime {

    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("EEE MMM d, h:mm a", Locale.US);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mm a", Locale.US);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE MMM d, yyyy", Locale.US);

    private final ZoneId zone;
    private final Clock clock;

    public ClinicTime(@Value("${rounds.clinic.time-zone:America/New_York}") String zone, Clock clock) {
        this.zone = ZoneId.of(zone);
        this.clock = clock;
    }

    public ZoneId zone() {
        return zone;
    }

    public Instant now() {
        return clock.instant();
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    /** Midnight at the start of that day in the clinic's zone. */
    public Instant startOf(LocalDate day) {
        return day.atStartOfDay(zone).toInstant();
    }

    public ZonedDateTime inClinicZone(Instant instant) {
        return instant.atZone(zone);
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(zone));
    }

    public String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant.atZone(zone));
    }

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** "1 h 40 min", "35 min". */
    public static String duration(Duration duration) {
        long minutes = Math.round(duration.toSeconds() / 60.0);
        if (minutes < 60) {
            return minutes + " min";
        }
        return minutes % 60 == 0 ? (minutes / 60) + " h" : (minutes / 60) + " h " + (minutes % 60) + " min";
    }
}
