package care.rounds.booking;

/**
 * A series refused because its physician's order, or the patient's eligible screening, is missing; the
 * message names each missing part.
 */
public class OrderMissing extends IllegalArgumentException {

    public OrderMissing(String message) {
        super(message);
    }
}
