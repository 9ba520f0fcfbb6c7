package care.rounds.custody;

/**
 * What can be wrong with a kit's day.
 */
public enum DiscrepancyKind {
    MISSING_RETURN("Not returned"),
    UNWITNESSED_WASTE("Waste not witnessed"),
    MISMATCH("Amounts do not add up");

    private final String title;

    DiscrepancyKind(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
