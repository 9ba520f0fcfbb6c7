package care.rounds.intake.internal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.util.List;

/**
 * Settings of the public intake ({@code rounds.intake.*}).
 *
 * @param rateLimitPerHour      complete requests one network address may send per hour
 * @param allowedOrigins        the clinic websites that may use the form across origins (CORS on the API,
 *                              {@code frame-ancestors} for the iframe), e.g. {@code https://www.clinic.example}
 * @param thankYouUrl           where a plain HTML form on the clinic's website returns after a request was
 *                              received; empty: Rounds' own thank-you page
 * @param minimumFillSeconds    a request sent sooner after the form's proof-of-work challenge was fetched
 *                              came from a robot
 * @param proofOfWorkKey        the secret that signs proof-of-work challenges; empty: a random one per start
 *                              (set the same value on every node behind one load balancer)
 * @param proofOfWorkMaxNumber  how hard the challenge is: a browser tries half this many hashes on average
 */
@Validated
@ConfigurationProperties("rounds.intake")
public record IntakeSettings(@DefaultValue("5") @Min(1) int rateLimitPerHour,
                             @DefaultValue List<String> allowedOrigins,
                             @DefaultValue("") String thankYouUrl,
                             @DefaultValue("3") @Min(0) @Max(60) int minimumFillSeconds,
                             @DefaultValue("") String proofOfWorkKey,
                             @DefaultValue("50000") @Min(100) @Max(10_000_000) long proofOfWorkMaxNumber) {

    private static final java.util.regex.Pattern ORIGIN = java.util.regex.Pattern.compile("https?://[^/?#\\s]+");

    public IntakeSettings {
        allowedOrigins = allowedOrigins == null ? List.of() : allowedOrigins.stream().map(String::strip)
                .filter(o -> !o.isEmpty()).map(o -> o.endsWith("/") ? o.substring(0, o.length() - 1) : o).toList();
        for (String origin : allowedOrigins) {
            if (!ORIGIN.matcher(origin).matches()) {
                throw new IllegalArgumentException("rounds.intake.allowed-origins: '" + origin + "' is not an origin. "
                        + "Write scheme and host (and port if not the default), e.g. https://www.clinic.example");
            }
        }
        thankYouUrl = thankYouUrl == null ? "" : thankYouUrl.strip();
        if (!thankYouUrl.isEmpty() && !thankYouUrl.matches("https?://\\S+")) {
            throw new IllegalArgumentException("rounds.intake.thank-you-url: '" + thankYouUrl + "' is not a web address. "
                    + "Write the full address of the clinic's thank-you page, e.g. https://www.clinic.example/thank-you");
        }
    }
}
