package care.rounds.planning;

import care.rounds.clinicians.Clinician;
import care.rounds.clinicians.WeeklyHours;
import care.rounds.visits.InfusionVisit;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/** Whether a clinician's roster entry still allows a visit planned for them, and if not, why. */
final class RosterCheck {

    private RosterCheck() {
    }

    /** Empty when the clinician can still give the visit as planned; else the reason in the clinic's words. */
    static Optional<String> reasonAgainst(Clinician clinician, InfusionVisit visit, ZoneId zone,
                                          int allowedOvertimeMinutes) {
        Instant start = visit.getPlannedStart();
        Instant end = visit.getPlannedEnd();
        if (!clinician.isActive()) {
            return Optional.of("no longer active");
        }
        String state = visit.getPlan().getPatient().getState();
        if (!visit.getCredentialsAllowed().contains(clinician.getCredential())
                || !visit.getPlan().getProtocol().credentialsIn(state).contains(clinician.getCredential())) {
            return Optional.of("a " + clinician.getCredential().title() + " may not give this infusion in " + state);
        }
        if (state != null && !clinician.getLicensedStates().contains(state)) {
            return Optional.of("not licensed in " + state);
        }
        ZonedDateTime localStart = start.atZone(zone);
        Optional<WeeklyHours> hours = clinician.hoursOn(localStart.getDayOfWeek());
        if (hours.isEmpty()) {
            return Optional.of("does not work on " + localStart.getDayOfWeek().getDisplayName(
                    java.time.format.TextStyle.FULL, java.util.Locale.US) + "s");
        }
        Instant shiftStart = localStart.toLocalDate().atTime(hours.get().startsAt()).atZone(zone).toInstant();
        Instant shiftEnd = localStart.toLocalDate().atTime(hours.get().endsAt()).atZone(zone).toInstant()
                .plusSeconds(60L * allowedOvertimeMinutes);
        if (start.isBefore(shiftStart) || end.isAfter(shiftEnd)) {
            return Optional.of("outside working hours");
        }
        return clinician.getTimeOff().stream().filter(off -> off.overlaps(start, end)).findFirst()
                .map(off -> off.getReason() == null || off.getReason().isBlank() ? "time off" : "time off: " + off.getReason());
    }
}
