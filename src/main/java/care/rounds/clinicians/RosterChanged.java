package care.rounds.clinicians;

/**
 * A clinician's availability changed (hours, time off, active, credential, licences or home base).
 * Published inside the transaction that saves the change, so a listener's own changes commit or roll
 * back with it.
 *
 * @param clinicianId whose roster entry changed
 * @param dayOfCallOut true when the office recorded a same-day call-out: whoever recorded it re-plans
 *                     that day at once, so listeners leave today to them
 */
public record RosterChanged(long clinicianId, boolean dayOfCallOut) {
}
