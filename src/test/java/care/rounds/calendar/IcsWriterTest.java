package care.rounds.calendar;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class IcsWriterTest {

    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

    @BeforeEach
    void listen() {
        logged.start();
        root.addAppender(logged);
    }

    @AfterEach
    void stopListening() {
        root.detachAppender(logged);
    }

    @Test
    void writingAFeedLogsNoWarnings() {
        Instant start = Instant.parse("2026-11-30T14:00:00Z");
        FeedEvent visit = new FeedEvent(7, 1, start, start.plusSeconds(3600), "Infusion visit 1 of 6 \u2014 J. Doe",
                "1 Peachtree St, Atlanta, GA", false);
        for (int fetch = 0; fetch < 3; fetch++) {
            String ics = IcsWriter.write(List.of(visit), start);
            assertThat(ics).contains("BEGIN:VEVENT").contains("UID:visit-7@rounds");
        }
        assertThat(logged.list).filteredOn(e -> e.getLevel().isGreaterOrEqual(Level.WARN))
                .extracting(e -> e.getLoggerName() + ": " + e.getFormattedMessage()).isEmpty();
    }
}
