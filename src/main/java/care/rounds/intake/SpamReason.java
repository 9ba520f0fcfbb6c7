package care.rounds.intake;

/**
 * Why a consultation request did not reach the coordinator's inbox. Counted per day for the manager;
 * the request itself is dropped, except {@link #NO_PROOF}, which is held for review.
 */
public enum SpamReason {
    SPAM_TRAP("filled in the hidden spam trap"),
    TOO_FAST("sent faster than a person can type"),
    FORGED_PROOF("sent a forged or reused proof of work"),
    NO_PROOF("sent without proof of work (held for review)");

    private final String description;

    SpamReason(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
