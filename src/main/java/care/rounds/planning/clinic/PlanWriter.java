package care.rounds.planning.clinic;

import care.rounds.planning.InfusionSchedule;
import care.rounds.planning.Shift;
import care.rounds.planning.Visit;
import care.rounds.visits.InfusionVisit;
import care.rounds.visits.PlannedVisit;
import care.rounds.visits.PlannerResultWritten;
import care.rounds.visits.VisitChanges;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns the solver's schedule back into clinicians and planned starts on the visits.
 */
@Component
public class PlanWriter {

    private final VisitChanges visits;

    PlanWriter(VisitChanges visits) {
        this.visits = visits;
    }

    /** Writes the schedule through the visits' one door (the caller acts as the planner's run). */
    public PlannerResultWritten write(ClinicProblem problem, InfusionSchedule schedule) {
        List<PlannedVisit> plan = new ArrayList<>();
        for (Shift shift : schedule.getShifts()) {
            for (Visit visit : shift.getVisits()) {
                if (visit.isPinned()) {
                    continue;
                }
                InfusionVisit record = problem.visits().get(visit.getId());
                plan.add(new PlannedVisit(record.getId(), record.getVersion(),
                        problem.clinicians().get(shift.getClinicianId()), visit.startInstant()));
            }
        }
        for (Visit visit : schedule.unassignedVisits()) {
            InfusionVisit record = problem.visits().get(visit.getId());
            plan.add(new PlannedVisit(record.getId(), record.getVersion(), null, null));
        }
        return visits.applyPlannerResult(plan);
    }
}
