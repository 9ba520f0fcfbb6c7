package care.rounds.visits;

import java.util.List;

/**
 * What writing a planning run's result did.
 *
 * @param changedMeanwhile ids of visits someone changed while planning; they keep that change
 * @param moved            visits that had a place and got another clinician or start, or none
 */
public record PlannerResultWritten(List<Long> changedMeanwhile, int moved) {

    public PlannerResultWritten {
        changedMeanwhile = List.copyOf(changedMeanwhile);
    }
}
