package care.rounds.planning;

/**
 * A clinic rule broken on a planned day, or a timing exception the office made, for the board.
 *
 * @param visitId   the visit concerned, or null when the rule is about a clinician's day (dose kits, hours)
 * @param pinned    the visit is pinned (or booked): the planner will not move it, a person must
 * @param exception a timing exception the office made with a reason, not a rule broken unawares
 * @param words     what is wrong and what to do, in the clinic's words
 */
public record RuleFlag(Long visitId, boolean pinned, boolean exception, String words) {
}
