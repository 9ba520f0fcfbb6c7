package care.rounds.visits;

import java.time.Instant;

/**
 * A visit put somewhere by hand or by a booking: this clinician, starting at this time. What the clinic's
 * rules are checked against before any command writes it.
 */
public record Placement(long visitId, long clinicianId, Instant start) {
}
