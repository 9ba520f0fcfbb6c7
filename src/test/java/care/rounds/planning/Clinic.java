package care.rounds.planning;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * A tiny clinic for constraint tests: a home base (location 0) and patients' homes 1..3, ten
 * minutes (1 km) apart; location 3 can be made unreachable. Day one starts at 8:00 New York time.
 */
final class Clinic {

    static final LocalDate MONDAY = LocalDate.of(2025, 3, 3);
    static final long DAY_ONE = Instant.parse("2025-03-03T13:00:00Z").getEpochSecond();
    static final long MINUTE = 60;
    static final long HOUR = 3600;
    static final long DAY = 24 * HOUR;
    static final long LEG = 10 * MINUTE;

    private Clinic() {
    }

    static TravelTimeMatrix matrix(boolean locationThreeReachable) {
        int n = 4;
        long[][] seconds = new long[n][n];
        long[][] meters = new long[n][n];
        for (int from = 0; from < n; from++) {
            for (int to = 0; to < n; to++) {
                boolean cut = !locationThreeReachable && from != to && (from == 3 || to == 3);
                seconds[from][to] = from == to ? 0 : cut ? TravelTimeMatrix.UNREACHABLE : LEG;
                meters[from][to] = from == to ? 0 : 1000;
            }
        }
        return TravelTimeMatrix.of(seconds, meters);
    }

    /** An 8-hour RN shift on the given day (0 = Monday), licensed in GA, with 4 dose kits. */
    static Shift shift(String id, long clinicianId, int day) {
        return new Shift(id, clinicianId, 0, DAY_ONE + day * DAY, DAY_ONE + day * DAY + 8 * HOUR)
                .withClinicianName("Clinician " + clinicianId)
                .withCredential("RN")
                .withLicensedStates(Set.of("GA"))
                .withDay(MONDAY.plusDays(day))
                .withDoseKits(4);
    }

    /** A 100-minute visit in GA that RNs may give, window open all day of the given day. */
    static Visit visit(String id, long patientId, int location, int day) {
        return new Visit(id, patientId, location, DAY_ONE + day * DAY, DAY_ONE + day * DAY + 8 * HOUR,
                100 * MINUTE)
                .withAllowedCredentials(Set.of("RN", "CRNA", "NP", "MD"))
                .withPatientState("GA")
                .withPlan(patientId * 100, 1, 0)
                .withGapToPrevious(Duration.ofHours(44), Duration.ofHours(96));
    }

    static Shift route(Shift shift, Visit... visits) {
        shift.setVisits(new ArrayList<>(Arrays.asList(visits)));
        return shift;
    }

    static InfusionSchedule schedule(List<Shift> shifts, List<Visit> visits) {
        return schedule(true, shifts, visits);
    }

    static InfusionSchedule schedule(boolean reachable, List<Shift> shifts, List<Visit> visits) {
        return new InfusionSchedule(matrix(reachable), shifts, visits);
    }
}
