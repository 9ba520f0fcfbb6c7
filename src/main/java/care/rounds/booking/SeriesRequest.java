package care.rounds.booking;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;

/**
 * What the coordinator asks for: which patient, which protocol, from when, on which weekdays and
 * between which hours, and optionally a preferred clinician.
 */
public record SeriesRequest(long patientId, long protocolId, LocalDate start, Set<DayOfWeek> weekdays,
                            LocalTime availableFrom, LocalTime availableUntil, Long preferredClinicianId) {
}
