package care.rounds.audit;

import java.time.LocalDate;

/**
 * Which audit entries to show: days in the clinic's zone (inclusive), and optionally a user, an action
 * and a patient (by id, or a part of the name as it was written).
 */
public record AuditFilter(LocalDate from, LocalDate to, String username, AuditAction action, String patient) {
}
