package care.rounds.intake;

/**
 * How the screening consultation happens. Phone and video calls sit in an MD's or NP's calendar; an
 * in-home assessment is a visit to the patient's home.
 */
public enum ConsultationKind {
    PHONE("Phone call"),
    VIDEO("Video call"),
    IN_HOME("In-home assessment");

    private final String label;

    ConsultationKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isCall() {
        return this != IN_HOME;
    }
}
