package care.rounds.dispatch;

import care.rounds.planning.PlanningProgress;
import care.rounds.visits.PatientToCall;

import java.util.List;

/**
 * What a day-of event led to: the re-plan's result and the day's call list, the patients whose visit is
 * no longer what they were told.
 *
 * @param progress the re-plan's final progress, or null if it could not run
 */
public record DayOfOutcome(PlanningProgress progress, List<PatientToCall> patientsToCall) {

    public DayOfOutcome {
        patientsToCall = List.copyOf(patientsToCall);
    }
}
