package care.rounds.visits;

import care.rounds.clinicians.Clinician;

import java.time.Instant;

/**
 * The planner's decision for one visit: a clinician and a start, or none (unassigned).
 *
 * @param versionRead the visit's version when the planner read it
 */
public record PlannedVisit(long visitId, long versionRead, Clinician clinician, Instant start) {

    /** The visit is already planned exactly so: nothing to write. */
    boolean sameAs(InfusionVisit visit) {
        if (clinician == null) {
            return visit.getClinician() == null && visit.getPlannedStart() == null;
        }
        return visit.getClinician() != null && clinician.getId().equals(visit.getClinician().getId())
                && start.equals(visit.getPlannedStart())
                && visit.getPlannedEnd() != null && visit.getPlannedEnd().equals(start.plus(visit.getDuration()));
    }
}
