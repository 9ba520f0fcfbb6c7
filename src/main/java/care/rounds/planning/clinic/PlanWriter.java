package care.rounds.planning.clinic;

import care.rounds.planning.InfusionSchedule;
import care.rounds.planning.Shift;
import care.rounds.planning.Visit;
import care.rounds.visits.InfusionVisit;
import care.rounds.visits.PlannedVisit;
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

    /**
     * What writing a plan did.
     *
     * @param changedMeanwhile ids of visits someone changed while planning; they keep that change
     * @param moved            visits whose clinician or start the plan changed (or that it took off a route)
     */
    public record Written(List<Long> changedMeanwhile, int moved) {
    }

    public Written write(ClinicProblem problem, InfusionSchedule schedule) {
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
        int moved = (int) plan.stream().filter(planned -> movedBy(planned, problem)).count();
        List<Long> skipped = visits.applyPlannerResult(plan);
        return new Written(skipped, Math.max(0, moved - skipped.size()));
    }

    private static boolean movedBy(PlannedVisit planned, ClinicProblem problem) {
        InfusionVisit record = problem.visits().get(String.valueOf(planned.visitId()));
        if (planned.clinician() == null) {
            return record.getClinician() != null;
        }
        return record.getClinician() == null || !record.getClinician().getId().equals(planned.clinician().getId())
                || !planned.start().equals(record.getPlannedStart());
    }
}
