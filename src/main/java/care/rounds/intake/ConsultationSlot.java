package care.rounds.intake;

import java.time.Instant;

/**
 * A consultation the coordinator wants to book.
 *
 * @param clinicianId the MD or NP for a call; for an in-home assessment the preferred clinician, optional
 * @param startsAt    when the call starts; for an in-home assessment the earliest arrival
 * @param arriveBy    for an in-home assessment the latest arrival (the planner chooses the exact time
 *                    in between); for a call the same as {@code startsAt}
 */
public record ConsultationSlot(ConsultationKind kind, Long clinicianId, Instant startsAt, int durationMinutes,
                               Instant arriveBy) {

    public static final int DEFAULT_MINUTES = 30;

    /** A phone or video call at a fixed time. */
    public ConsultationSlot(ConsultationKind kind, Long clinicianId, Instant startsAt, int durationMinutes) {
        this(kind, clinicianId, startsAt, durationMinutes, startsAt);
    }

    /** An in-home assessment: the clinician arrives between these two times. */
    public static ConsultationSlot inHome(Long preferredClinicianId, Instant arriveFrom, Instant arriveBy, int minutes) {
        return new ConsultationSlot(ConsultationKind.IN_HOME, preferredClinicianId, arriveFrom, minutes, arriveBy);
    }
}
