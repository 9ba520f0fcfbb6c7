package care.rounds.planning;

import care.rounds.RoundsApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A legal or safety rule cannot be weighted 0 in the application's settings: the start fails and says which
 * setting to remove. Timing and soft rules may still be weighted as the clinic likes, and the Solomon
 * benchmark's own weights (clinic rules at 0) are not settings.
 */
@ExtendWith(OutputCaptureExtension.class)
class LegalRulesStayOnTest {

    @ParameterizedTest
    @EnumSource(value = PlanningConstraint.class, names = {"CREDENTIAL", "LICENCE", "DOSE_KITS",
            "ONE_VISIT_PER_PATIENT_PER_DAY", "UNREACHABLE_LEG"})
    void aLegalOrSafetyRuleWeightedZeroIsRefusedNamingTheSetting(PlanningConstraint rule) {
        MockEnvironment settings = new MockEnvironment().withProperty("rounds.planning.weights." + rule.key(), "0");

        assertThatThrownBy(() -> new LegalRulesStayOn().postProcessEnvironment(settings, null))
                .isInstanceOf(LegalRuleSwitchedOff.class)
                .hasMessageContaining("rounds.planning.weights." + rule.key())
                .hasMessageContaining("legal or safety rule");
    }

    @Test
    void timingAndSoftRulesMayBeWeightedAsTheClinicLikes() {
        MockEnvironment settings = new MockEnvironment()
                .withProperty("rounds.planning.weights.drive-time", "0")
                .withProperty("rounds.planning.weights.max-gap", "0")
                .withProperty("rounds.planning.weights.credential", "120");

        assertThatCode(() -> new LegalRulesStayOn().postProcessEnvironment(settings, null)).doesNotThrowAnyException();
    }

    @Test
    void theApplicationDoesNotStartAndSaysWhichSettingToRemove(CapturedOutput output) {
        assertThatThrownBy(() -> new SpringApplicationBuilder(RoundsApplication.class)
                .properties("rounds.planning.weights.credential=0", "server.port=0", "rounds.demo.enabled=false")
                .run())
                .isInstanceOf(LegalRuleSwitchedOff.class);
        assertThat(output.getOut() + output.getErr())
                .contains("APPLICATION FAILED TO START")
                .contains("rounds.planning.weights.credential is 0 or less")
                .contains("Remove the setting rounds.planning.weights.credential");
    }

    @Test
    void theFailureAnalysisNamesTheSettingAndTheAction() {
        FailureAnalysis analysis = new LegalRuleSwitchedOffFailureAnalyzer().analyze(
                new LegalRuleSwitchedOff(java.util.List.of(PlanningConstraint.LICENCE)));

        assertThat(analysis.getDescription()).contains("rounds.planning.weights.licence")
                .contains("Clinician is licensed in the patient's state");
        assertThat(analysis.getAction()).startsWith("Remove the setting rounds.planning.weights.licence");
    }
}
