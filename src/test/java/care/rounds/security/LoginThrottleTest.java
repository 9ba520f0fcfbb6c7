package care.rounds.security;

import care.rounds.MovableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-30T14:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(new LoginSettings(10, 25, Duration.ofMinutes(1)), clock);

    @Test
    void tenAttemptsPerUsernameInAWindowThenNoneUntilTheWindowEnds() {
        for (int i = 0; i < 10; i++) {
            assertThat(throttle.tryAttempt("Coordinator", "10.1.0.1")).isTrue();
            clock.advance(Duration.ofSeconds(2));
        }
        assertThat(throttle.tryAttempt("coordinator ", "10.1.0.2")).as("same login, any case, another address").isFalse();
        assertThat(throttle.tryAttempt("manager", "10.1.0.1")).as("another login").isTrue();

        clock.advance(Duration.ofSeconds(41));
        assertThat(throttle.tryAttempt("coordinator", "10.1.0.1")).isTrue();
    }

    @Test
    void aSuccessfulSignInDoesNotCount() {
        for (int i = 0; i < 30; i++) {
            assertThat(throttle.tryAttempt("manager", "10.2.0.1")).isTrue();
            throttle.succeeded("manager", "10.2.0.1");
        }
    }

    @Test
    void oneAddressGuessingManyUsernamesIsStoppedToo() {
        for (int i = 0; i < 25; i++) {
            assertThat(throttle.tryAttempt("user" + i, "10.3.0.1")).isTrue();
        }
        assertThat(throttle.tryAttempt("user-new", "10.3.0.1")).isFalse();
        assertThat(throttle.tryAttempt("user-new", "10.3.0.2")).as("the username's own allowance is untouched").isTrue();
    }
}
