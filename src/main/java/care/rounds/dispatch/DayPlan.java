package care.rounds.dispatch;

import java.time.LocalDate;
import java.util.List;

/** One day of the clinic: every working clinician's route, the visits nobody takes yet, the figures. */
public record DayPlan(LocalDate day, List<ClinicianRoute> routes, List<UnassignedVisit> unassigned,
                      DayFigures figures) {

    public DayPlan {
        routes = List.copyOf(routes);
        unassigned = List.copyOf(unassigned);
    }

    /** The planning run that covers just this day, as {@code SchedulePlanner} names it. */
    public static String horizonOf(LocalDate day) {
        return day + " + 1 days";
    }
}
