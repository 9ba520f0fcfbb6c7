package care.rounds.kpi;

import java.time.Duration;
import java.util.OptionalDouble;

/**
 * The key figures of one group of visits (a day, a clinician, or the whole range). The shares are
 * empty when there is nothing to divide by: "no data" is not 0 %.
 *
 * @param visits            assigned visits (not cancelled)
 * @param infusion          time at patients' homes: vitals to the end of monitoring
 * @param driving           road travel time, home base first and last
 * @param scheduled         rostered working time less time off
 * @param unassigned        visits nobody is assigned to
 * @param arrivalsRecorded  assigned visits with a recorded arrival
 * @param onTime            of those, arrivals no later than {@link KpiService#ON_TIME_TOLERANCE} after the planned start
 * @param plansCounted      treatment plans in this group with two or more assigned visits in their series
 * @param plansOneClinician of those, plans whose assigned visits all have the same clinician
 */
public record KpiFigures(int visits, Duration infusion, Duration driving, Duration scheduled, int unassigned,
                         int arrivalsRecorded, int onTime, int plansCounted, int plansOneClinician) {

    /** Driving plus time at homes. */
    public Duration busy() {
        return infusion.plus(driving);
    }

    /** Driving as a share of driving plus time at homes (the working time spent on visits), 0 to 1. */
    public OptionalDouble driveShare() {
        return share(driving.toSeconds(), busy().toSeconds());
    }

    /** Busy time as a share of scheduled hours; above 1 means overtime. */
    public OptionalDouble utilisation() {
        return share(busy().toSeconds(), scheduled.toSeconds());
    }

    /** Share of treatment plans served by one clinician. */
    public OptionalDouble continuity() {
        return share(plansOneClinician, plansCounted);
    }

    public OptionalDouble onTimeRate() {
        return share(onTime, arrivalsRecorded);
    }

    public static double hours(Duration duration) {
        return duration.toSeconds() / 3600.0;
    }

    private static OptionalDouble share(double part, double whole) {
        return whole <= 0 ? OptionalDouble.empty() : OptionalDouble.of(part / whole);
    }
}
