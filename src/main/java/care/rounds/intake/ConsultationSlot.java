package care.rounds.intake;

import java.time.Instant;

/**
 * A consultation the coordinator wants to book.
 *
 * @param clinicianId the MD or NP for a call; optional for an in-home assessment
 */
public record ConsultationSlot(ConsultationKind kind, Long clinicianId, Instant startsAt, int durationMinutes) {

    public static final int DEFAULT_MINUTES = 30;
}
