package care.rounds.intake.internal;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the public intake ({@code rounds.intake.*}).
 *
 * @param rateLimitPerHour complete requests one network address may send per hour
 */
@Validated
@ConfigurationProperties("rounds.intake")
public record IntakeSettings(@DefaultValue("5") @Min(1) int rateLimitPerHour) {
}
