package care.rounds.visits;

import java.time.Instant;

/**
 * Published inside the transaction of every visit command, after its history entry is written: other
 * modules (the patient's messages) react without the visits module knowing them. Values only, never
 * the patient's details.
 *
 * @param version        the visit's version after the change
 * @param start          the planned start after the change; null when not on a route
 * @param clinicianId    the clinician after the change; null when not on a route
 * @param toldStart      the start the patient was last told; null when told nothing
 * @param movedSinceTold the visit is no longer where the patient was told (another clinician, or a
 *                       start beyond the tolerance)
 */
public record VisitChanged(long visitId, long version, long patientId, long planId, VisitChangeKind kind,
                           VisitStatus status, Instant start, Long clinicianId, Instant toldStart,
                           boolean movedSinceTold) {
}
