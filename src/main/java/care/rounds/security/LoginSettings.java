package care.rounds.security;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * Sign-in throttling ({@code rounds.security.login.*}).
 *
 * @param maxFailuresPerUsername wrong passwords one username may take per window; then every attempt is
 *                               refused, even with the right password, until the window is over
 * @param maxFailuresPerAddress  wrong passwords one network address may send per window, over all
 *                               usernames (higher: an office shares one address)
 * @param window                 the counting window
 */
@Validated
@ConfigurationProperties("rounds.security.login")
public record LoginSettings(@DefaultValue("10") @Min(1) int maxFailuresPerUsername,
                            @DefaultValue("50") @Min(1) int maxFailuresPerAddress,
                            @DefaultValue("1m") Duration window) {
}
