package care.rounds.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Checks username and password (BCrypt, through Spring Security's DAO provider) behind the
 * {@link LoginThrottle}, and reports every attempt as a {@link SignInAttempt} for the audit record.
 */
@Component
class ThrottledAuthentication implements AuthenticationProvider {

    private static final Logger log = LoggerFactory.getLogger(ThrottledAuthentication.class);

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final ApplicationEventPublisher events;

    ThrottledAuthentication(RoundsUserDetailsService users, PasswordEncoder encoder, LoginThrottle throttle,
                            ApplicationEventPublisher events) {
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(encoder);
        this.throttle = throttle;
        this.events = events;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String username = attempt.getName() == null ? "" : attempt.getName().strip();
        String address = attempt.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? web.getRemoteAddress() : "unknown";
        if (!throttle.tryAttempt(username, address)) {
            log.warn("Sign-in refused for '{}' from {}: too many attempts", printable(username), address);
            events.publishEvent(new SignInAttempt(username, address, SignInAttempt.Outcome.THROTTLED));
            throw new LoginThrottledException();
        }
        try {
            Authentication signedIn = passwords.authenticate(attempt);
            throttle.succeeded(username, address);
            events.publishEvent(new SignInAttempt(username, address, SignInAttempt.Outcome.SIGNED_IN));
            return signedIn;
        } catch (AuthenticationException failed) {
            SignInAttempt.Outcome outcome = failed instanceof DisabledException
                    ? SignInAttempt.Outcome.DISABLED : SignInAttempt.Outcome.WRONG_PASSWORD;
            log.info("Sign-in failed for '{}' from {}: {}", printable(username), address, outcome.description());
            events.publishEvent(new SignInAttempt(username, address, outcome));
            throw failed;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** A typed username goes into the log: keep it to one short line of visible characters. */
    private static String printable(String typed) {
        String visible = typed.codePoints().filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return visible.length() > 64 ? visible.substring(0, 64) + "…" : visible;
    }
}
