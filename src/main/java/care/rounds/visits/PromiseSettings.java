package care.rounds.visits;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * What counts as breaking what a patient was told (settings {@code rounds.visits.*}).
 *
 * @param toldToleranceMinutes a start moved by at most this much from the told start is still the
 *                             promised time; beyond it, or with another clinician, the patient gets a call
 */
@ConfigurationProperties("rounds.visits")
public record PromiseSettings(@DefaultValue("15") int toldToleranceMinutes) {

    public Duration toldTolerance() {
        return Duration.ofMinutes(toldToleranceMinutes);
    }
}
