package care.rounds.printout;

/**
 * One visit as the patient reads it on paper.
 *
 * @param date      "Tuesday, December 8, 2026", or "Date to be confirmed"
 * @param arrival   "between 9:15 AM and 9:45 AM", or "We will call you with the time"
 * @param clinician the clinician's first name, or "To be confirmed"
 */
public record PrintedVisit(String date, String arrival, String clinician) {
}
