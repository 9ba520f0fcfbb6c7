package care.rounds.intake;

/**
 * Where a consultation request stands in the coordinator's inbox.
 */
public enum RequestStatus {
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
