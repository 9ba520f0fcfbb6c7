package care.rounds.planning;

/**
 * How much it costs to leave a visit unassigned (the medium level). A running series must not
 * stall: its next due infusion weighs most; a series' first infusion comes next, because a patient
 * waiting to start is waiting for care; later infusions can wait a little longer.
 */
public enum VisitPriority {

    NEXT_DUE_IN_RUNNING_SERIES(10),
    FIRST_OF_SERIES(8),
    LATER_IN_SERIES(3);

    private final long unassignedWeight;

    VisitPriority(long unassignedWeight) {
        this.unassignedWeight = unassignedWeight;
    }

    public long unassignedWeight() {
        return unassignedWeight;
    }

    /**
     * @param sequence          this visit's number in its plan, from 1
     * @param lastGivenSequence the number of the plan's last infusion already given, 0 if none
     */
    public static VisitPriority of(int sequence, int lastGivenSequence) {
        if (sequence <= 1) {
            return FIRST_OF_SERIES;
        }
        return sequence == lastGivenSequence + 1 ? NEXT_DUE_IN_RUNNING_SERIES : LATER_IN_SERIES;
    }
}
