package care.rounds;

import care.rounds.base.ClinicTime;
import care.rounds.visits.InfusionVisit;
import care.rounds.visits.VisitService;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** Days of the demo clinic as tests need them: which day has visits, and what is planned on a day. */
public final class DemoDays {

    private DemoDays() {
    }

    /** The first day after today with open demo visits (the demo's series start on the next weekdays). */
    public static LocalDate firstDayWithVisitsAfterToday(VisitService visits, ClinicTime time) {
        Instant now = time.now();
        return visits.inHorizon(now, now.plus(Duration.ofDays(14))).stream()
                .filter(v -> !v.getStatus().isClosed())
                .map(v -> time.inClinicZone(v.getEarliestStart()).toLocalDate())
                .filter(d -> d.isAfter(time.today()))
                .min(Comparator.naturalOrder()).orElseThrow();
    }

    /** The visits on someone's route that day and not yet closed, in order of planned start. */
    public static List<InfusionVisit> plannedOn(VisitService visits, ClinicTime time, LocalDate day) {
        return visits.inHorizon(time.startOf(day), time.startOf(day.plusDays(1))).stream()
                .filter(v -> v.getClinician() != null && v.getPlannedStart() != null
                        && time.inClinicZone(v.getPlannedStart()).toLocalDate().equals(day)
                        && !v.getStatus().isClosed())
                .sorted(Comparator.comparing(InfusionVisit::getPlannedStart)).toList();
    }
}
