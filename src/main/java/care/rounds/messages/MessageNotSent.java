package care.rounds.messages;

/**
 * A channel could not hand the message over. {@code permanent} failures (a number the provider rejects,
 * a recipient who opted out) are not retried; others (the provider down, a timeout) are, with backoff.
 * The reason is shown in the delivery log: it never holds the message's text.
 */
public class MessageNotSent extends Exception {

    private final boolean permanent;

    public MessageNotSent(String reason, boolean permanent) {
        super(reason);
        this.permanent = permanent;
    }

    public boolean isPermanent() {
        return permanent;
    }
}
