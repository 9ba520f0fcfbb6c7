package care.rounds.planning;

import java.time.Instant;
import java.util.List;

/**
 * What a manual move would do to its day's plan, before the coordinator confirms it.
 *
 * @param possible      the move can be tried at all (the clinician works that day, the visit can be planned)
 * @param scoreBefore   the day's score as planned now (hard/medium/soft)
 * @param scoreAfter    the day's score with the move, or empty when not possible
 * @param change        better, worse or unchanged
 * @param start         when the visit would start (later than asked if the clinician cannot be there sooner)
 * @param warnings      each hard rule the move would break, in the clinic's words
 * @param laterVisitsMoved visits of the clinician's day whose start the move pushes later
 */
public record MoveOutcome(boolean possible, String scoreBefore, String scoreAfter, Change change, Instant start,
                          List<String> warnings, int laterVisitsMoved) {

    public MoveOutcome {
        warnings = List.copyOf(warnings);
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

    static MoveOutcome impossible(String scoreBefore, String why) {
        return new MoveOutcome(false, scoreBefore, "", Change.SAME, null, List.of(why), 0);
    }
}
