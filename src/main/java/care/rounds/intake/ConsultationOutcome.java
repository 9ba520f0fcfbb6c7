package care.rounds.intake;

/**
 * What the screening concluded. An eligible patient goes on to booking the treatment series.
 */
public enum ConsultationOutcome {
    ELIGIBLE("Eligible"),
    NOT_ELIGIBLE("Not eligible"),
    NEEDS_FOLLOW_UP("Needs follow-up");

    private final String label;

    ConsultationOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
