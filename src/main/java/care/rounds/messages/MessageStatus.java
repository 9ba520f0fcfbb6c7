package care.rounds.messages;

/** Where a message stands in the outbox. */
public enum MessageStatus {
    /** Stored, waiting for its time (a retry, the end of quiet hours). */
    QUEUED("Queued"),
    /** Handed to the sender; a message still here after a crash is looked at again, never dropped. */
    SENDING("Sending"),
    SENT("Sent"),
    /** Gave up after the last retry, or the provider refused it for good: the coordinator calls. */
    FAILED("Failed"),
    /** Not sent after all: superseded by a newer message, the visit changed, or consent was withdrawn. */
    WITHDRAWN("Withdrawn");

    private final String label;

    MessageStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
