package care.rounds.intake;

import java.time.Duration;
import java.util.Map;

/**
 * The answer to a submitted consultation request. A robot caught by the honeypot also gets
 * {@link Received}, so it learns nothing.
 */
public sealed interface SubmissionResult {

    /** Stored (or silently dropped as spam); the coordinator calls back. */
    record Received() implements SubmissionResult {
    }

    /** One message per field that needs correcting, keyed by the form's field names. */
    record NeedsCorrection(Map<String, String> errors) implements SubmissionResult {
    }

    /** Too many requests from one address; try again after {@code retryAfter}. */
    record TooManyRequests(Duration retryAfter) implements SubmissionResult {

        /** Whole seconds, rounded up, never zero: what the Retry-After header carries. */
        public long retryAfterSeconds() {
            return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        }

        /** Whole minutes, rounded up, for people. */
        public long retryAfterMinutes() {
            return Math.max(1, (retryAfterSeconds() + 59) / 60);
        }
    }
}
