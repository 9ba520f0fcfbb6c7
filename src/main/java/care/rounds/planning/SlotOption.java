package care.rounds.planning;

import java.time.Instant;

/**
 * One place a visit could go: a clinician and a start, with what it does to the plan's score.
 *
 * @param scoreDifference the change of the plan's score if the visit goes here (e.g. "0hard/8medium/-1520soft")
 * @param feasible        no hard rule is broken by it
 */
public record SlotOption(long visitId, long clinicianId, String clinicianName, String credential, Instant start,
                         String scoreDifference, boolean feasible) {
}
