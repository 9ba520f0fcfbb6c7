package care.rounds.visits;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VisitChangeReasonTest {

    @Test
    void aRequiredReasonMustSaySomething() {
        assertThatThrownBy(() -> VisitChanges.required("   ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Give a reason.");
        assertThatThrownBy(() -> VisitChanges.required(null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(VisitChanges.required("  Patient has a fever ")).isEqualTo("Patient has a fever");
    }

    @Test
    void anOptionalReasonMayBeLeftOutButNotTooLong() {
        assertThat(VisitChanges.optional("")).isNull();
        assertThat(VisitChanges.optional("x".repeat(500))).hasSize(500);
        assertThatThrownBy(() -> VisitChanges.optional("x".repeat(501)))
                .hasMessageContaining("under 500 characters");
    }
}
