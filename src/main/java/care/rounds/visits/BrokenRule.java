package care.rounds.visits;

/**
 * A clinic rule a change would break, in the words a coordinator uses on the phone.
 *
 * @param key         the rule's setting key ({@code credential}, {@code start-in-window}, {@code overlap}, ...)
 * @param words       what is wrong, naming the rule ("Credential: Dana Reyes is RN; this visit needs CRNA or MD.")
 * @param timing      a timing rule (window, gap between infusions, working hours): the office may make an
 *                    exception with a reason; a legal or safety rule (credential, licence, dose kits, overlap,
 *                    one visit per patient per day) cannot be overridden
 */
public record BrokenRule(String key, String words, boolean timing) {
}
