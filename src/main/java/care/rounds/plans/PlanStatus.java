package care.rounds.plans;

/** Where a treatment plan stands. */
public enum PlanStatus {
    ACTIVE, COMPLETED, CANCELLED
}
