package care.rounds.visits;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A change refused because it breaks a clinic rule; the message names each rule in the clinic's words and
 * says what the coordinator can do.
 */
public class ClinicalRuleBroken extends IllegalStateException {

    private final transient List<BrokenRule> rules;
    private final boolean exceptionPossible;

    ClinicalRuleBroken(List<BrokenRule> rules, boolean exceptionPossible) {
        super(message(rules, exceptionPossible));
        this.rules = List.copyOf(rules);
        this.exceptionPossible = exceptionPossible;
    }

    /** The rules broken. */
    public List<BrokenRule> rules() {
        return rules;
    }

    /** Only timing rules are broken: the same change with an exception and a reason would be accepted. */
    public boolean exceptionPossible() {
        return exceptionPossible;
    }

    private static String message(List<BrokenRule> rules, boolean exceptionPossible) {
        String named = rules.stream().map(BrokenRule::words).collect(Collectors.joining(" "));
        return exceptionPossible
                ? "Not made: " + named + " This is a timing rule: make an exception, with the reason, if the patient "
                + "and the clinician agreed to it."
                : "Not allowed: " + named + " This rule cannot be overridden: choose another clinician or time.";
    }
}
