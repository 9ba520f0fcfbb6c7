/**
 * Patients hear from the clinic: a booking confirmation of a series, a reminder the day before, "on the
 * way" when the clinician sets off, a change notice when a told time or clinician changes, and a
 * cancellation, by email and text message as the patient consented. Visit changes arrive as
 * {@link care.rounds.visits.VisitChanged} events in the changing transaction, so a message is stored in
 * PostgreSQL (the outbox) together with the change that caused it, and a scheduled job sends it, retries
 * failures with backoff, and logs every attempt. Messages carry only the patient's first name, times,
 * the clinician's first name and the clinic's phone: never a diagnosis, protocol or medication.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Patient messages")
package care.rounds.messages;
