package care.rounds.security.ui;

import java.time.Duration;

/** "a minute", "5 minutes", "30 seconds": a setting's duration as a person reads it. */
final class DurationFormat {

    private DurationFormat() {
    }

    static String inWords(Duration duration) {
        long seconds = Math.max(1, duration.toSeconds());
        if (seconds % 60 == 0) {
            long minutes = seconds / 60;
            return minutes == 1 ? "a minute" : minutes + " minutes";
        }
        return seconds + " seconds";
    }
}
