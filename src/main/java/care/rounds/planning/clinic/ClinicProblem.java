package care.rounds.planning.clinic;

import care.rounds.clinicians.Clinician;
import care.rounds.planning.InfusionSchedule;
import care.rounds.visits.InfusionVisit;

import java.util.List;
import java.util.Map;

/**
 * A planning problem built from the clinic's records, with what is needed to write the answer back.
 *
 * @param schedule   the problem for the solver
 * @param visits     the records behind the problem's visits, by planning id
 * @param clinicians the records behind the shifts, by clinician id
 * @param windowClosed the unplaced visits of these days left out because their window closes within the time the
 *                     plan keeps as it is: nothing can place them any more
 */
public record ClinicProblem(InfusionSchedule schedule, Map<String, InfusionVisit> visits,
                            Map<Long, Clinician> clinicians, List<Long> windowClosed) {
}
