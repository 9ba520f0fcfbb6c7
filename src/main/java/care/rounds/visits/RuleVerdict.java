package care.rounds.visits;

import java.util.List;

/**
 * What the clinic's rules say about a change.
 *
 * @param broken      the rules the change would newly break; empty when it keeps them all
 * @param pushedLater visits of the same clinician's day, not pinned, that the change pushes later within their
 *                    own windows: the command writes their new starts too, so no visit overlaps another
 */
public record RuleVerdict(List<BrokenRule> broken, List<Placement> pushedLater) {

    public RuleVerdict {
        broken = List.copyOf(broken);
        pushedLater = List.copyOf(pushedLater);
    }
}
