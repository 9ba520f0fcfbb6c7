package care.rounds.security;

/**
 * A password the {@link PasswordPolicy} refuses; the message says what to change.
 */
public class WeakPasswordException extends IllegalArgumentException {

    WeakPasswordException(String message) {
        super(message);
    }
}
