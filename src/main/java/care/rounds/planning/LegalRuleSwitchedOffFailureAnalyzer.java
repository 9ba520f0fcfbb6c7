package care.rounds.planning;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A legal or safety rule weighted 0 stops the start with one paragraph naming the setting to remove. */
class LegalRuleSwitchedOffFailureAnalyzer extends AbstractFailureAnalyzer<LegalRuleSwitchedOff> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, LegalRuleSwitchedOff cause) {
        return new FailureAnalysis("Rounds did not start: " + cause.getMessage(),
                "Remove the setting " + String.join(" and ", cause.settings()) + " (from application.properties, "
                        + "an environment variable or the command line) and start again. Legal and safety rules "
                        + "cannot be weighted 0; to plan with a rule relaxed, change the roster or the protocol instead.",
                cause);
    }
}
