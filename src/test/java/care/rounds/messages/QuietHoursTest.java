package care.rounds.messages;

import care.rounds.base.ClinicTime;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import static org.assertj.core.api.Assertions.assertThat;

class QuietHoursTest {

    private static final ZoneId ATLANTA = ZoneId.of("America/New_York");
    private final MessageSettings settings = new MessageSettings(true, LocalTime.of(21, 0), LocalTime.of(8, 0),
            Duration.ofMinutes(1), Duration.ofHours(1), 6, Duration.ofMinutes(2), LocalTime.of(10, 0));
    private final QuietHours quiet = new QuietHours(settings, new ClinicTime("America/New_York", Clock.systemUTC()));

    private static Instant atlanta(int day, int hour, int minute) {
        return ZonedDateTime.of(2026, 12, day, hour, minute, 0, 0, ATLANTA).toInstant();
    }

    @Test
    void lateEveningWaitsUntilEightNextMorningInTheClinicsZone() {
        assertThat(quiet.holdUntil(atlanta(4, 22, 30))).contains(atlanta(5, 8, 0));
        assertThat(quiet.holdUntil(atlanta(4, 21, 0))).contains(atlanta(5, 8, 0));
    }

    @Test
    void earlyMorningWaitsUntilEightThatMorning() {
        assertThat(quiet.holdUntil(atlanta(5, 6, 15))).contains(atlanta(5, 8, 0));
    }

    @Test
    void daytimeIsNotQuiet() {
        assertThat(quiet.holdUntil(atlanta(5, 8, 0))).isEmpty();
        assertThat(quiet.holdUntil(atlanta(5, 20, 59))).isEmpty();
        // 23:30 UTC is 18:30 in Atlanta: the clinic's zone decides, not the server's
        assertThat(quiet.holdUntil(Instant.parse("2026-12-04T23:30:00Z"))).isEmpty();
    }

    @Test
    void retriesBackOffAndStopGrowingAtTheLongestWait() {
        assertThat(settings.backoff(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(settings.backoff(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(settings.backoff(4)).isEqualTo(Duration.ofMinutes(8));
        assertThat(settings.backoff(9)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void phoneNumbersTakeTheInternationalFormProvidersWant() {
        assertThat(MessageQueue.phoneNumber("(404) 555-0123")).isEqualTo("+14045550123");
        assertThat(MessageQueue.phoneNumber("1-404-555-0123")).isEqualTo("+14045550123");
        assertThat(MessageQueue.phoneNumber("+44 20 7946 0958")).isEqualTo("+442079460958");
    }
}
