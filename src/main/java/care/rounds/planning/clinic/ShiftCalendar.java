package care.rounds.planning.clinic;

import care.rounds.clinicians.Clinician;
import care.rounds.clinicians.TimeOff;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * A clinician's working time on one day: the weekly hours for that weekday minus time off. Time off
 * that cuts the day in two keeps the longer part (one shift per clinician and day).
 */
public final class ShiftCalendar {

    private ShiftCalendar() {
    }

    record WorkingTime(Instant start, Instant end) {
    }

    /**
     * Whether an active clinician's working time (as the planner builds her shift) covers the whole of
     * {@code start} to {@code end}: for an MD or NP, whether she can supervise an RN's visit then.
     */
    public static boolean onDutyThroughout(Clinician clinician, Instant start, Instant end, ZoneId zone) {
        return clinician.isActive() && workingTime(clinician, start.atZone(zone).toLocalDate(), zone)
                .filter(working -> !working.start().isAfter(start) && !end.isAfter(working.end())).isPresent();
    }

    static Optional<WorkingTime> workingTime(Clinician clinician, LocalDate day, ZoneId zone) {
        return clinician.hoursOn(day.getDayOfWeek()).flatMap(hours -> {
            Instant start = day.atTime(hours.startsAt()).atZone(zone).toInstant();
            Instant end = day.atTime(hours.endsAt()).atZone(zone).toInstant();
            for (TimeOff off : clinician.getTimeOff()) {
                if (!off.overlaps(start, end)) {
                    continue;
                }
                boolean coversStart = !off.getStartsAt().isAfter(start);
                boolean coversEnd = !off.getEndsAt().isBefore(end);
                if (coversStart && coversEnd) {
                    return Optional.empty();
                } else if (coversStart) {
                    start = off.getEndsAt();
                } else if (coversEnd) {
                    end = off.getStartsAt();
                } else if (off.getStartsAt().getEpochSecond() - start.getEpochSecond()
                        >= end.getEpochSecond() - off.getEndsAt().getEpochSecond()) {
                    end = off.getStartsAt();
                } else {
                    start = off.getEndsAt();
                }
            }
            return end.isAfter(start) ? Optional.of(new WorkingTime(start, end)) : Optional.empty();
        });
    }
}
