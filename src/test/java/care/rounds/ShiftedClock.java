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
 * weekend in the clinic's time zone without waiting for one.
 */
@TestConfiguration(proxyBeanMethods = false)
@ConditionalOnProperty("rounds.test.now")
class ShiftedClock {

    @Bean
    @Primary
    Clock clockStartingThen(org.springframework.core.env.Environment environment) {
        Instant startAt = Instant.parse(environment.getRequiredProperty("rounds.test.now"));
        return Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), startAt));
    }
}
