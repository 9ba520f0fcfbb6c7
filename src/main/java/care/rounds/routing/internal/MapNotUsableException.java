package care.rounds.routing.internal;

/**
 * The configured road map cannot be used (missing, unreadable, not an OpenStreetMap file). Startup
 * stops with this message rather than quietly falling back to estimates: a clinic that configured a
 * map expects real driving times.
 */
public class MapNotUsableException extends RuntimeException {

    public MapNotUsableException(String message) {
        super(message);
    }

    public MapNotUsableException(String message, Throwable cause) {
        super(message, cause);
    }
}
