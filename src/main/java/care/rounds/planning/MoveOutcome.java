package care.rounds.planning;

import care.rounds.visits.BrokenRule;

import java.time.Instant;
import java.util.List;

/**
 * What a manual move would do to its day's plan, before the coordinator confirms it.
 *
 * @param possible      the move can be tried at all (the clinician works that day, the visit can be planned)
 * @param before        the day as planned now, in the clinic's words
 * @param after         the day with the move, or null when not possible
 * @param change        better, worse or unchanged (by the planner's measure)
 * @param start         when the visit would start (later than asked if the clinician cannot be there sooner)
 * @param warnings      each hard rule the move would break, in the clinic's words
 * @param laterVisitsMoved visits of the clinician's day whose start the move pushes later
 * @param rules         the clinic's rules the move would break, as the move command checks them: a legal or
 *                      safety rule refuses the move, a timing rule needs an exception with a reason
 */
public record MoveOutcome(boolean possible, PlanFigures before, PlanFigures after, Change change, Instant start,
                          List<String> warnings, int laterVisitsMoved, List<BrokenRule> rules) {

    public MoveOutcome {
        warnings = List.copyOf(warnings);
        rules = List.copyOf(rules);
    }

    /** A legal or safety rule is broken: the move cannot be made, by anyone. */
    public boolean refused() {
        return !possible || rules.stream().anyMatch(rule -> !rule.timing());
    }

    /** Only timing rules are broken: the move can be made as an exception, with a reason. */
    public boolean needsTimingException() {
        return possible && !rules.isEmpty() && rules.stream().allMatch(BrokenRule::timing);
    }

    /** How the day's score changes. */
    public enum Change {
        BETTER("better"), WORSE("worse"), SAME("unchanged");

        private final String words;

        Change(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    public boolean breaksHardRule() {
        return !warnings.isEmpty();
    }

    /** "With the move: no visit newly unassigned, +14 min driving, 1 patient to call, no rule broken". */
    public String inWords() {
        return after == null ? "The day now: " + before.inWords() : "With the move: " + after.comparedWith(before);
    }

    static MoveOutcome impossible(PlanFigures before, String why) {
        return new MoveOutcome(false, before, null, Change.SAME, null, List.of(why), 0, List.of());
    }
}
