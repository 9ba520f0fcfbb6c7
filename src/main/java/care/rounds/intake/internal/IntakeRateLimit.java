package care.rounds.intake.internal;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per network address (bucket4j): a burst of {@code rate-limit-per-hour} requests,
 * then one more each hour / limit. Kept in memory, so each application node counts on its own and a
 * restart forgets; good enough against a script flooding the coordinator's inbox.
 */
@Component
public class IntakeRateLimit {

    /** Past this many addresses, forget the ones whose bucket is full again (they owe nothing). */
    private static final int FORGET_ABOVE = 10_000;

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final int perHour;
    private final TimeMeter time;

    IntakeRateLimit(IntakeSettings settings, Clock clock) {
        this.perHour = settings.rateLimitPerHour();
        this.time = new ClockTimeMeter(clock);
    }

    /** Takes one request from the address's allowance: empty if allowed, else how long to wait. */
    public Optional<Duration> tryTake(String address) {
        if (buckets.size() > FORGET_ABOVE) {
            buckets.values().removeIf(bucket -> bucket.getAvailableTokens() >= perHour);
        }
        Bucket bucket = buckets.computeIfAbsent(address == null ? "unknown" : address, a -> newBucket());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perHour).refillGreedy(perHour, Duration.ofHours(1)).build())
                .withCustomTimePrecision(time)
                .build();
    }

    /** Bucket4j on the application's clock, so tests that set the clock also move the buckets. */
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
