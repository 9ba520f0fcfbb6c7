package care.rounds.custody;

/**
 * A custody command refused, with a message the user can act on (what is wrong and how to fix it).
 */
public class CustodyRefused extends RuntimeException {

    public CustodyRefused(String message) {
        super(message);
    }
}
