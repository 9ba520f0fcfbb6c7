package care.rounds.security;

/**
 * Someone tried to sign in: published for the audit record. The username is what was typed.
 *
 * @param username what was typed as the username (may name no login)
 * @param address  the network address the attempt came from
 * @param outcome  what happened
 */
public record SignInAttempt(String username, String address, Outcome outcome) {

    public enum Outcome {
        SIGNED_IN("Signed in"),
        WRONG_PASSWORD("Wrong username or password"),
        DISABLED("Login disabled"),
        THROTTLED("Refused: too many attempts");

        private final String description;

        Outcome(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }
}
