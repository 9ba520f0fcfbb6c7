package care.rounds.intake;

/**
 * A consultation could not be booked; the message says why in words the coordinator can act on.
 */
public class ConsultationNotBookedException extends RuntimeException {

    public ConsultationNotBookedException(String message) {
        super(message);
    }
}
