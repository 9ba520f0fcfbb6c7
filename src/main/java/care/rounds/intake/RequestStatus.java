package care.rounds.intake;

/**
 * Where a consultation request stands in the coordinator's inbox.
 */
public enum RequestStatus {
    /**
     * Sent without a valid proof of work (a browser with JavaScript off, or a robot): kept out of the
     * inbox's other lists until someone looks at it and moves it on.
     */
    HELD("Held: sent without proof of work"),
    NEW("New"),
    CONTACTED("Contacted"),
    CONSULTATION_BOOKED("Consultation booked"),
    DECLINED("Declined");

    private final String label;

    RequestStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
