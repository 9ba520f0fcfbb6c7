package care.rounds.messages;

/** The messages a patient may get, each switched on or off by the manager. */
public enum MessageType {
    CONFIRMATION("Booking confirmation"),
    REMINDER("Reminder the day before"),
    ON_THE_WAY("On the way"),
    CHANGE_NOTICE("Change notice"),
    CANCELLATION("Cancellation");

    private final String label;

    MessageType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
