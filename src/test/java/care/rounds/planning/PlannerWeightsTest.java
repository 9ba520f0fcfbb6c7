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
}
