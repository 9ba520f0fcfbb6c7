package care.rounds.visits;

/** What happened to a visit: one kind per command of the visit-change door. */
public enum VisitChangeKind {
    CREATED("Added to a series"),
    BOOKED("Booked"),
    ASSIGNED("Assigned"),
    UNASSIGNED("Taken off the route"),
    PLANNED("Planned"),
    RESCHEDULED("Rescheduled"),
    MOVED("Moved"),
    PUSHED_LATER("Pushed later"),
    CANCELLED("Cancelled"),
    SERIES_CANCELLED("Series cancelled"),
    NOT_HOME("Patient not home"),
    PINNED("Pinned"),
    UNPINNED("Unpinned"),
    RUNNING_LATE("Running late"),
    LENGTH_CHANGED("Length changed"),
    STATUS("Status"),
    STATUS_UNDONE("Status tap undone"),
    PATIENT_TOLD("Patient told"),
    RULES_FLAGGED("Clinic rule broken");

    private final String label;

    VisitChangeKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
