package care.rounds.dispatch;

import java.time.Duration;

/**
 * The day's key figures.
 *
 * @param driveShare driving as a share of driving plus time at homes, 0 to 1
 */
public record DayFigures(int visits, Duration infusion, Duration driving, double driveShare, int unassigned) {

    static DayFigures of(java.util.List<ClinicianRoute> routes, int unassigned) {
        Duration infusion = routes.stream().map(ClinicianRoute::atHomes).reduce(Duration.ZERO, Duration::plus);
        Duration driving = routes.stream().map(ClinicianRoute::driving).reduce(Duration.ZERO, Duration::plus);
        long total = infusion.plus(driving).toSeconds();
        int visits = routes.stream().mapToInt(r -> r.stops().size()).sum();
        return new DayFigures(visits, infusion, driving, total == 0 ? 0 : (double) driving.toSeconds() / total,
                unassigned);
    }
}
