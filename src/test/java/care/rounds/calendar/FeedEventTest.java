package care.rounds.calendar;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FeedEventTest {

    @Test
    void patientIsNamedByFirstInitialAndLastName() {
        assertThat(FeedEvent.shortName("Jane Quinn Doe")).isEqualTo("J. Doe");
        assertThat(FeedEvent.shortName("  Ana   Lima ")).isEqualTo("A. Lima");
        assertThat(FeedEvent.shortName("Cher")).isEqualTo("Cher");
    }

    @Test
    void eventsAreWrittenInUtcWithStableUidAndStatus() {
        Instant start = Instant.parse("2026-12-01T14:30:00Z");
        String ics = IcsWriter.write(List.of(
                new FeedEvent(42, 3, start, start.plusSeconds(5400), "Infusion visit 2 of 6 \u2014 J. Doe",
                        "12 Peachtree St NE, Atlanta, GA", false),
                new FeedEvent(43, 1, start.plusSeconds(7200), start.plusSeconds(9000), "In-home assessment \u2014 A. Lima",
                        "1 Main St, Atlanta, GA", true)), Instant.parse("2026-11-27T08:00:00Z"));

        String unfolded = ics.replace("\r\n ", "");
        assertThat(unfolded).contains("UID:visit-42@rounds", "DTSTART:20261201T143000Z", "DTEND:20261201T160000Z",
                "SUMMARY:Infusion visit 2 of 6 \u2014 J. Doe", "STATUS:CONFIRMED", "SEQUENCE:3",
                "UID:visit-43@rounds", "STATUS:CANCELLED", "DTSTAMP:20261127T080000Z");
        // a subscribed feed is a plain RFC 5545 calendar, not an iTIP PUBLISH message (which needs an ORGANIZER)
        assertThat(unfolded).doesNotContain("METHOD:");
    }

    @Test
    void secretsAreLongRandomAndHashedToHex() {
        String secret = FeedSecret.generate();
        assertThat(secret).hasSize(43).isNotEqualTo(FeedSecret.generate());
        assertThat(FeedSecret.looksValid(secret)).isTrue();
        assertThat(FeedSecret.looksValid("../etc/passwd")).isFalse();
        assertThat(FeedSecret.hash(secret)).hasSize(64).matches("[0-9a-f]+").isEqualTo(FeedSecret.hash(secret));
    }
}
