package care.rounds.visits;

/** What the office did to a visit. */
public enum VisitChangeKind {
    RESCHEDULED("Rescheduled"),
    MOVED("Moved"),
    CANCELLED("Cancelled"),
    NOT_HOME("Patient not home"),
    PINNED("Pinned"),
    UNPINNED("Unpinned"),
    RUNNING_LATE("Running late");

    private final String label;

    VisitChangeKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
