/**
 * The audit of patient data access: who opened which patient's record, visit or summary, who
 * exported what, and every sign-in attempt (from the security module's {@code SignInAttempt}).
 * Screens call {@link care.rounds.audit.PatientDataAudit} when they show a patient's data; entries
 * are only ever added (no update or delete path here, and database triggers refuse both). Managers
 * read them on the audit screen, filter them and download them as CSV.
 */
package care.rounds.audit;
