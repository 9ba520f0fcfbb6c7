package care.rounds.planning;

/**
 * How a planning run is going, for screens that show it live.
 *
 * @param horizon  which days are being planned, e.g. "2026-11-30 + 14 days"
 * @param runId    the run's record ({@link PlannerRun})
 * @param figures  the best plan so far in the clinic's words
 * @param finished the run ended and the plan was saved
 * @param skipped  visits changed by someone while planning, left as they were
 */
public record PlanningProgress(String horizon, long runId, PlanFigures figures, boolean finished, int skipped) {

    public boolean feasible() {
        return figures.feasible();
    }

    public int assigned() {
        return figures.visitsPlanned();
    }

    public int unassigned() {
        return figures.visitsUnassigned();
    }

    /** "Saved. 12 visits placed, 0 unassigned, 3 h driving, 1 patient to call, no rule broken". */
    public String inWords() {
        return (finished ? "Saved. " : "Optimizing… ") + figures.inWords()
                + (skipped > 0 ? "; " + PlanFigures.count(skipped, "visit") + " changed meanwhile and kept" : "");
    }
}
