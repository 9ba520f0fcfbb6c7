package care.rounds.kpi;

import java.time.Duration;
import java.time.LocalDate;

/**
 * One clinician's day.
 *
 * @param scheduled the roster's working hours that day less time off (zero on a day off)
 * @param driving   road travel time from home base through the day's visits in planned order and back
 */
public record ShiftFacts(long clinicianId, LocalDate day, Duration scheduled, Duration driving) {
}
