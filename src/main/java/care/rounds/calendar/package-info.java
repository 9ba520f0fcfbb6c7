/**
 * A clinician's visits as an iCalendar (.ics) feed for the phone's calendar, behind a secret link the
 * clinician creates, revokes and re-creates; a manager can revoke anyone's. Only a hash of the secret
 * is stored, and the feed carries the least a clinician needs to find the visit: what, when, where.
 */
package care.rounds.calendar;
