package care.rounds.planning;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactProperty;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

import java.util.List;

/**
 * A planning problem and, once solved, its schedule: the shifts of a horizon, the visits to give
 * in it, and the travel matrix between their locations. The constructor hands the matrix to every
 * shift, so callers build shifts and visits with location indexes only.
 * <p>
 * The constraint weights can be overridden per problem ({@link PlannerWeights} reads them from the
 * settings); hard, medium, soft: see {@link PlanningConstraint}.
 */
@PlanningSolution
public class InfusionSchedule {

    @ProblemFactProperty
    private TravelTimeMatrix travelTimes;

    @PlanningEntityCollectionProperty
    private List<Shift> shifts;

    @PlanningEntityCollectionProperty
    @ValueRangeProvider
    private List<Visit> visits;

    private ConstraintWeightOverrides<HardMediumSoftLongScore> constraintWeightOverrides = ConstraintWeightOverrides.none();

    @PlanningScore
    private HardMediumSoftLongScore score;

    /** For Timefold's cloning. */
    public InfusionSchedule() {
    }

    public InfusionSchedule(TravelTimeMatrix travelTimes, List<Shift> shifts, List<Visit> visits) {
        this.travelTimes = travelTimes;
        this.shifts = shifts;
        this.visits = visits;
        shifts.forEach(shift -> shift.useTravelTimes(travelTimes));
    }

    public InfusionSchedule withWeights(ConstraintWeightOverrides<HardMediumSoftLongScore> overrides) {
        this.constraintWeightOverrides = overrides;
        return this;
    }

    public List<Visit> unassignedVisits() {
        return visits.stream().filter(visit -> visit.getShift() == null).toList();
    }

    public TravelTimeMatrix getTravelTimes() {
        return travelTimes;
    }

    public List<Shift> getShifts() {
        return shifts;
    }

    public List<Visit> getVisits() {
        return visits;
    }

    public ConstraintWeightOverrides<HardMediumSoftLongScore> getConstraintWeightOverrides() {
        return constraintWeightOverrides;
    }

    public void setConstraintWeightOverrides(ConstraintWeightOverrides<HardMediumSoftLongScore> overrides) {
        this.constraintWeightOverrides = overrides;
    }

    public HardMediumSoftLongScore getScore() {
        return score;
    }

    public void setScore(HardMediumSoftLongScore score) {
        this.score = score;
    }
}
