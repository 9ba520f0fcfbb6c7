package care.rounds.planning.clinic;

import care.rounds.planning.Shift;

import java.time.Instant;
import java.time.LocalDate;
import java.util.SortedSet;
import java.util.Set;

/**
 * For the disruption benchmark's "before" runs: the planner's problems as they were built before issue 11,
 * when a re-plan started from empty routes (only fixed visits on them) instead of from the plan as it
 * stands. Wraps the application's factory; every visit that is not fixed starts unassigned.
 */
public final class ReplanFromScratch extends ClinicProblemFactory {

    private final ClinicProblemFactory plan;

    public ReplanFromScratch(ClinicProblemFactory plan) {
        super(null, null, null, null, null, null, null);
        this.plan = plan;
    }

    @Override
    public ClinicProblem build(LocalDate from, int days, Instant now) {
        ClinicProblem problem = plan.build(from, days, now);
        for (Shift shift : problem.schedule().getShifts()) {
            shift.getVisits().removeIf(visit -> !visit.isPinned());
        }
        return problem;
    }

    @Override
    public ClinicProblem buildAsPlanned(SortedSet<LocalDate> days, Set<Long> newVisitIds) {
        return plan.buildAsPlanned(days, newVisitIds);
    }
}
