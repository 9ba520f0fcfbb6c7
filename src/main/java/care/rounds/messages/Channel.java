package care.rounds.messages;

/** How a message reaches the patient. */
public enum Channel {
    EMAIL("Email"),
    TEXT("Text message");

    private final String label;

    Channel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
