package care.rounds.visits;

/**
 * Where a visit stands. Started visits (en route and later) are never moved by the planner.
 */
public enum VisitStatus {
    UNSCHEDULED("Unscheduled"),
    SCHEDULED("Scheduled"),
    EN_ROUTE("En route"),
    ARRIVED("Arrived"),
    INFUSING("Infusing"),
    /** After the infusion, until the patient is back to baseline (at least the protocol's minimum). */
    MONITORING("Monitoring"),
    DONE("Done"),
    CANCELLED("Cancelled"),
    NOT_HOME("Patient not home");

    private final String label;

    VisitStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The clinician is on the way or at the home: the planner keeps this visit where it is. */
    public boolean isStarted() {
        return this == EN_ROUTE || this == ARRIVED || this == INFUSING || this == MONITORING;
    }

    /** Nothing more will happen to this visit. */
    public boolean isClosed() {
        return this == DONE || this == CANCELLED || this == NOT_HOME;
    }
}
