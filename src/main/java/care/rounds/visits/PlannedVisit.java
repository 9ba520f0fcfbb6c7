package care.rounds.visits;

import care.rounds.clinicians.Clinician;

import java.time.Instant;

/**
 * The planner's decision for one visit: a clinician and a start, or none (unassigned).
 *
 * @param versionRead the visit's version when the planner read it
 */
public record PlannedVisit(long visitId, long versionRead, Clinician clinician, Instant start) {
}
