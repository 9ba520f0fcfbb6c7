package care.rounds.base;

/**
 * The address search could not ask the service it relies on (a self-hosted geocoder that does not
 * answer) and found nothing without it: the screen says so, in the words of {@link #getMessage()},
 * instead of claiming the address does not exist.
 */
public class AddressSearchUnavailableException extends RuntimeException {

    public AddressSearchUnavailableException(String message) {
        super(message);
    }
}
