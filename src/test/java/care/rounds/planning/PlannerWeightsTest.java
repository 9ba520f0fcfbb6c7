package care.rounds.planning;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlannerWeightsTest {

    @Test
    void settingReplacesTheWeightOnTheConstraintsOwnLevel() {
        var overrides = new PlannerWeights(Map.of("drive-time", 3L, "max-gap", 5L)).overrides();

        assertThat(overrides.getConstraintWeight(PlanningConstraint.DRIVE_TIME.constraintName()))
                .isEqualTo(HardMediumSoftLongScore.ofSoft(3));
        assertThat(overrides.getConstraintWeight(PlanningConstraint.MAX_GAP.constraintName()))
                .isEqualTo(HardMediumSoftLongScore.ofHard(5));
        assertThat(overrides.getConstraintWeight(PlanningConstraint.CONTINUITY.constraintName()))
                .isEqualTo(HardMediumSoftLongScore.ofSoft(1800));
    }

    @Test
    void unknownKeyIsRejectedRatherThanIgnored() {
        assertThatThrownBy(() -> new PlannerWeights(Map.of("drivetime", 3L)))
                .hasMessageContaining("rounds.planning.weights.drivetime");
    }

    @Test
    void constraintTableInTheReadmeListsEveryConstraint() throws IOException {
        String table = Files.readString(Path.of("README.md"));
        for (PlanningConstraint constraint : PlanningConstraint.values()) {
            assertThat(table).contains("| " + constraint.constraintName() + " |").contains("`" + constraint.key() + "`");
        }
    }

    @Test
    void keepingEveryPromiseWeighsAMovedToldPatientAboveAnyUnassignedVisit() {
        Visit told = Clinic.visit("told", 1, 1, 0)
                .withTold(1L, java.time.Instant.ofEpochSecond(Clinic.DAY_ONE + Clinic.LEG), java.time.Duration.ofMinutes(15));
        Visit waiting = Clinic.visit("waiting", 2, 2, 0).withPriority(VisitPriority.NEXT_DUE_IN_RUNNING_SERIES);
        InfusionSchedule movedToAnother = Clinic.schedule(
                java.util.List.of(Clinic.shift("rn-1", 1, 0), Clinic.route(Clinic.shift("rn-2", 2, 0), told)),
                java.util.List.of(told, waiting));
        movedToAnother.withWeights(PlannerWeights.keepingEveryPromise(new PlannerWeights(Map.of()).overrides()));

        var score = ai.timefold.solver.core.api.solver.SolutionManager.<InfusionSchedule, HardMediumSoftLongScore>create(
                ai.timefold.solver.core.api.solver.SolverFactory.<InfusionSchedule>create(
                        ai.timefold.solver.core.config.solver.SolverConfig.createFromXmlResource("solverConfig.xml")))
                .update(movedToAnother);

        // One told patient moved (1000) and one next-due infusion unassigned (10), both on the medium level.
        assertThat(score.mediumScore()).isEqualTo(-1010);
        assertThat(score.softScore()).isGreaterThan(-PlanningConstraint.STABILITY.defaultWeightValue());
    }
}
