package care.rounds.planning;

import java.util.List;
import java.util.stream.Collectors;

/** The clinic's settings weigh a legal or safety rule at 0 (or less): the application does not start. */
public class LegalRuleSwitchedOff extends IllegalStateException {

    private final transient List<PlanningConstraint> rules;

    LegalRuleSwitchedOff(List<PlanningConstraint> rules) {
        super(rules.stream().map(rule -> SETTING + rule.key() + " is " + "0 or less, which would let the planner break "
                        + "a legal or safety rule (" + rule.constraintName() + ").")
                .collect(Collectors.joining(" ")));
        this.rules = List.copyOf(rules);
    }

    static final String SETTING = "rounds.planning.weights.";

    /** The settings to remove, e.g. {@code rounds.planning.weights.credential}. */
    public List<String> settings() {
        return rules.stream().map(rule -> SETTING + rule.key()).toList();
    }
}
