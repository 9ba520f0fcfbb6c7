package care.rounds.calendar;

import java.time.Instant;

/** A clinician's link that works now, as the office sees it: whose, and since when; never the secret. */
public record ActiveCalendarLink(long clinicianId, String clinicianName, Instant createdAt) {
}
