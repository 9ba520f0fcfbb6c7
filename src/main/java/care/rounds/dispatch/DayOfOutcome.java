package care.rounds.dispatch;

import care.rounds.planning.PlanningProgress;

import java.util.List;

/**
 * What a day-of event led to: the re-plan's result and the patients whose arrival or clinician changed.
 *
 * @param progress the re-plan's final progress, or null if it could not run
 */
public record DayOfOutcome(PlanningProgress progress, List<ArrivalChange> patientsToCall) {

    public DayOfOutcome {
        patientsToCall = List.copyOf(patientsToCall);
    }
}
