package care.rounds.planning;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Constraint weights from the settings: {@code rounds.planning.weights.<key>=<number>}, where the
 * key is a {@link PlanningConstraint#key()} and the number is the weight on that constraint's own
 * level (e.g. {@code rounds.planning.weights.drive-time=2} makes a second of driving cost 2 soft;
 * {@code 0} switches a constraint off). Unnamed constraints keep their default weight.
 */
@ConfigurationProperties("rounds.planning")
public record PlannerWeights(Map<String, Long> weights) {

    public PlannerWeights {
        weights = weights == null ? Map.of() : Map.copyOf(weights);
        for (String key : weights.keySet()) {
            if (PlanningConstraint.byKey(key).isEmpty()) {
                throw new IllegalArgumentException("rounds.planning.weights." + key
                        + " names no constraint; known keys: " + java.util.Arrays.stream(PlanningConstraint.values())
                        .map(PlanningConstraint::key).toList());
            }
        }
    }

    /** What {@link InfusionSchedule#withWeights} takes: every constraint, overridden or default. */
    public ConstraintWeightOverrides<HardMediumSoftLongScore> overrides() {
        Map<String, HardMediumSoftLongScore> byName = new LinkedHashMap<>();
        for (PlanningConstraint constraint : PlanningConstraint.values()) {
            long value = weights.getOrDefault(constraint.key(), constraint.defaultWeightValue());
            byName.put(constraint.constraintName(), constraint.weight(value));
        }
        // The gap rules have a second stream each (against an infusion already given): same weight.
        byName.put(PlanningConstraint.MIN_GAP.constraintName() + InfusionConstraints.AFTER_GIVEN,
                byName.get(PlanningConstraint.MIN_GAP.constraintName()));
        byName.put(PlanningConstraint.MAX_GAP.constraintName() + InfusionConstraints.AFTER_GIVEN,
                byName.get(PlanningConstraint.MAX_GAP.constraintName()));
        return ConstraintWeightOverrides.of(byName);
    }

    /**
     * These weights with stability above every unassigned visit: a plan that moves no told patient unless a
     * hard rule needs it, and leaves a visit unassigned rather than move one. The planner's first pass.
     */
    public static ConstraintWeightOverrides<HardMediumSoftLongScore> keepingEveryPromise(
            ConstraintWeightOverrides<HardMediumSoftLongScore> weights) {
        Map<String, HardMediumSoftLongScore> byName = new LinkedHashMap<>();
        weights.getKnownConstraintNames().forEach(name -> byName.put(name, weights.getConstraintWeight(name)));
        byName.put(PlanningConstraint.STABILITY.constraintName(), HardMediumSoftLongScore.ofMedium(PROMISE_OVER_UNASSIGNED));
        return ConstraintWeightOverrides.of(byName);
    }

    /** A told patient weighs more than any unassigned visit (10 at most, the next due infusion) in the first pass. */
    static final long PROMISE_OVER_UNASSIGNED = 1000;
}
