package care.rounds.security;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts sign-in attempts per username and per network address (bucket4j, one bucket each, refilled
 * whole at the end of each window). Every attempt takes a token from both buckets before the password
 * is checked, so parallel guesses cannot overtake the count; a successful sign-in gives its tokens
 * back. With a bucket empty, every attempt is refused, the right password too, until the window ends.
 * Kept in memory: each application node counts on its own and a restart forgets.
 */
@Component
class LoginThrottle {

    /** Past this many keys, forget those whose bucket is full again (they owe nothing). */
    private static final int FORGET_ABOVE = 10_000;

    private final Map<String, Bucket> byUsername = new ConcurrentHashMap<>();
    private final Map<String, Bucket> byAddress = new ConcurrentHashMap<>();
    private final LoginSettings settings;
    private final TimeMeter time;

    LoginThrottle(LoginSettings settings, Clock clock) {
        this.settings = settings;
        this.time = new ClockTimeMeter(clock);
    }

    /** Takes one attempt from both allowances; false when either is used up (nothing is taken then). */
    boolean tryAttempt(String username, String address) {
        Bucket user = bucket(byUsername, key(username), settings.maxFailuresPerUsername());
        Bucket from = bucket(byAddress, key(address), settings.maxFailuresPerAddress());
        if (!user.tryConsume(1)) {
            return false;
        }
        if (!from.tryConsume(1)) {
            user.addTokens(1);
            return false;
        }
        return true;
    }

    /** A successful sign-in does not count against either allowance. */
    void succeeded(String username, String address) {
        bucket(byUsername, key(username), settings.maxFailuresPerUsername()).addTokens(1);
        bucket(byAddress, key(address), settings.maxFailuresPerAddress()).addTokens(1);
    }

    private Bucket bucket(Map<String, Bucket> buckets, String key, int capacity) {
        if (buckets.size() > FORGET_ABOVE) {
            buckets.values().removeIf(bucket -> bucket.getAvailableTokens() >= capacity);
        }
        return buckets.computeIfAbsent(key, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(capacity)
                        .refillIntervally(capacity, settings.window()).build())
                .withCustomTimePrecision(time)
                .build());
    }

    private static String key(String value) {
        return value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
    }

    /** Bucket4j on the application's clock, so a test clock moves the windows too. */
    private record ClockTimeMeter(Clock clock) implements TimeMeter {

        @Override
        public long currentTimeNanos() {
            Instant now = clock.instant();
            return now.getEpochSecond() * 1_000_000_000L + now.getNano();
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }
    }
}
