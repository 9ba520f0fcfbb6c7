package care.rounds.planning;

import java.util.List;

/**
 * Where one infusion of a series can go, given the options chosen for the infusions before it.
 *
 * @param options the feasible options, best first (a clinician already chosen for the series before another)
 * @param note    why the options are on another day than the infusion's best day, naming the rule that limits
 *                the choice ("Wed 10 Dec is full ... Tue 9 Dec: the protocol wants at least 44 h after
 *                infusion 3"); null when the best day has options and nothing limits them
 */
public record InfusionAdvice(long visitId, List<SlotOption> options, String note) {

    public InfusionAdvice {
        options = List.copyOf(options);
    }
}
