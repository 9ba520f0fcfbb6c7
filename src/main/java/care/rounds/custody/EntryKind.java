package care.rounds.custody;

/**
 * What a custody entry records.
 */
public enum EntryKind {
    SIGNED_OUT("Signed out"),
    USED("Used at a visit"),
    WITNESSED("Waste witnessed"),
    RETURNED("Returned"),
    CORRECTED("Correction"),
    RESOLVED("Discrepancy resolved");

    private final String description;

    EntryKind(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
