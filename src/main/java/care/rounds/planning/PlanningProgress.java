package care.rounds.planning;

/**
 * How a planning run is going, for screens that show it live.
 *
 * @param horizon     which days are being planned, e.g. "2026-11-30 + 14 days"
 * @param score       the best plan's score so far (hard/medium/soft)
 * @param feasible    no hard rule is broken
 * @param assigned    visits with a clinician and a time
 * @param unassigned  visits the planner could not fit
 * @param finished    the run ended and the plan was saved
 * @param skipped     visits changed by someone while planning, left as they were
 */
public record PlanningProgress(String horizon, String score, boolean feasible, int assigned, int unassigned,
                               boolean finished, int skipped) {
}
