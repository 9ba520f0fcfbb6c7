package care.rounds.security;

import org.springframework.security.core.AuthenticationException;

/**
 * Sign-in refused without checking the password: too many wrong passwords for this username or from
 * this address within the window.
 */
class LoginThrottledException extends AuthenticationException {

    LoginThrottledException() {
        super("Too many sign-in attempts; wait and try again.");
    }
}
