package care.rounds;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Runs the integration tests as if they had started at another moment ({@code -Drounds.test.now=2026-12-05T05:30:00Z}):
 * the clinic's clock starts there and runs on, so a suite can be tried at a late evening, just after midnight or on a
 * weekend in the clinic's time zone without waiting for one. Stand-ins for outside services (the text message
 * provider) stamp what they receive by {@link #now()}, as a real provider's clock agrees with the clinic's.
 */
@TestConfiguration(proxyBeanMethods = false)
@ConditionalOnProperty("rounds.test.now")
public class ShiftedClock {

    private static final Clock CLOCK = startingAt(System.getProperty("rounds.test.now"));

    private static Clock startingAt(String instant) {
        return instant == null ? Clock.systemUTC()
                : Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), Instant.parse(instant)));
    }

    /** The moment as the clinic's clock in these tests has it. */
    public static Instant now() {
        return CLOCK.instant();
    }

    @Bean
    @Primary
    Clock clockStartingThen() {
        return CLOCK;
    }
}
