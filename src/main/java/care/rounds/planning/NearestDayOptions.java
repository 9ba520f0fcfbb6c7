package care.rounds.planning;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.RecommendedAssignment;
import ai.timefold.solver.core.api.solver.ScoreAnalysisFetchPolicy;
import ai.timefold.solver.core.api.solver.SolutionManager;
import care.rounds.base.ClinicTime;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The options for one infusion: on its best day when it has a free slot there; when that day is full (or the
 * option chosen for the infusion before rules it out), on the nearest days the protocol's spacing and the
 * patient's days allow, saying which rule keeps it off the days in between. A clinician already chosen for the
 * series comes before another, so the series stays with as few clinicians as the roster allows.
 */
final class NearestDayOptions {

    /** One feasible place: where in the schedule, and how the coordinator sees it. */
    record Candidate(BookingAdvisor.Placement placement, SlotOption option) {
    }

    /** The options found, best first, and the note for the coordinator (null when nothing needs saying). */
    record Found(List<Candidate> candidates, String note) {
    }

    private static final int DAYS_OFFERED = 3;
    private static final int OPTIONS_PER_OTHER_DAY = 2;

    private final SolutionManager<InfusionSchedule, HardMediumSoftLongScore> solutions;
    private final ClinicTime time;

    NearestDayOptions(SolutionManager<InfusionSchedule, HardMediumSoftLongScore> solutions, ClinicTime time) {
        this.solutions = solutions;
        this.time = time;
    }

    Found find(InfusionSchedule schedule, Visit visit, long visitId, LocalDate best, SeriesSpacing spacing, int reach,
               Set<Long> seriesClinicians) {
        SeriesSpacing.DayVerdict bestDay = spacing.on(best);
        if (bestDay.allowed()) {
            List<Candidate> onBestDay = preferSeriesClinicians(optionsOn(schedule, visit, visitId, bestDay),
                    seriesClinicians);
            if (!onBestDay.isEmpty()) {
                return new Found(onBestDay.subList(0, Math.min(BookingAdvisor.OPTIONS_PER_VISIT, onBestDay.size())),
                        narrowed(bestDay, spacing, best));
            }
        }
        List<Candidate> found = new ArrayList<>();
        List<Refusal> notThere = new ArrayList<>();
        List<LocalDate> offered = new ArrayList<>();
        for (SeriesSpacing.DayVerdict day : spacing.around(best, reach)) {
            if (day.day().equals(best) || offered.size() == DAYS_OFFERED) {
                continue;
            }
            if (!day.allowed()) {
                // the same rule as the best day's, or a day before the infusion before it, goes without saying
                if (!day.limit().equals(bestDay.limit()) && spacing.isAfterPrevious(day.day())) {
                    notThere.add(new Refusal(day.day(), time.date(day.day()) + ": " + day.limit()));
                }
                continue;
            }
            // nearest day first; on each day the series' clinician first, so the series keeps its days and its people
            List<Candidate> there = preferSeriesClinicians(optionsOn(schedule, visit, visitId, day), seriesClinicians);
            if (there.isEmpty()) {
                notThere.add(new Refusal(day.day(), time.date(day.day()) + " is full"));
                continue;
            }
            offered.add(day.day());
            found.addAll(there.subList(0, Math.min(OPTIONS_PER_OTHER_DAY, there.size())));
        }
        String bestDayWords = time.date(best) + (bestDay.allowed() ? " is full" : " is not possible: " + bestDay.limit());
        return new Found(found, note(bestDayWords, offered, notThere, best));
    }

    /** Feasible places on this day, best score first; the visit's window is the day's starts the spacing allows. */
    private List<Candidate> optionsOn(InfusionSchedule schedule, Visit visit, long visitId, SeriesSpacing.DayVerdict day) {
        visit.moveWindow(day.opens().getEpochSecond(), day.closes().getEpochSecond());
        List<RecommendedAssignment<BookingAdvisor.Placement, HardMediumSoftLongScore>> ranked =
                solutions.recommendAssignment(schedule, visit, BookingAdvisor.Placement::of,
                        ScoreAnalysisFetchPolicy.FETCH_SHALLOW);
        List<Candidate> feasible = new ArrayList<>();
        for (var recommendation : ranked) {
            HardMediumSoftLongScore difference = recommendation.scoreAnalysisDiff().score();
            BookingAdvisor.Placement placement = recommendation.proposition();
            if (placement == null || difference.hardScore() < 0
                    || !time.inClinicZone(placement.start()).toLocalDate().equals(day.day())
                    || startsAfterTheVisitItPrecedes(schedule, placement)) {
                continue;
            }
            feasible.add(new Candidate(placement, new SlotOption(visitId, placement.clinicianId(),
                    placement.clinicianName(), placement.credential(), placement.start(), difference.toString(), true)));
        }
        return feasible;
    }

    /**
     * A place before a visit planned to start earlier than the proposal (that visit pushed later within its
     * window) is not offered: the booking's rule check orders a day's visits by their starts and would find the
     * clinician still busy then.
     */
    private static boolean startsAfterTheVisitItPrecedes(InfusionSchedule schedule, BookingAdvisor.Placement placement) {
        return schedule.getShifts().stream().filter(s -> s.getId().equals(placement.shiftId())).findFirst()
                .filter(shift -> placement.index() < shift.getVisits().size())
                .map(shift -> shift.getVisits().get(placement.index()).getEarliestStart()
                        < placement.start().getEpochSecond())
                .orElse(false);
    }

    /** A clinician already chosen for this series first (stable: best score first within each group). */
    private static List<Candidate> preferSeriesClinicians(List<Candidate> candidates, Set<Long> seriesClinicians) {
        return candidates.stream()
                .sorted(Comparator.comparing((Candidate c) -> !seriesClinicians.contains(c.option().clinicianId())))
                .toList();
    }

    /** On the best day, a start the spacing holds back from the patient's first hour is worth a sentence. */
    private String narrowed(SeriesSpacing.DayVerdict bestDay, SeriesSpacing spacing, LocalDate best) {
        SeriesSpacing.DayVerdict unspaced = spacing.withoutPrevious().on(best);
        if (unspaced.allowed() && bestDay.opens().isAfter(unspaced.opens())) {
            return "From " + time.time(bestDay.opens()) + " on " + time.date(best) + ": " + spacing.minimumRule() + ".";
        }
        return null;
    }

    private String note(String bestDayWords, List<LocalDate> offered, List<Refusal> notThere, LocalDate best) {
        StringBuilder note = new StringBuilder(bestDayWords).append(". ");
        if (offered.isEmpty()) {
            note.append("No other day the protocol's spacing and the patient's days allow has a free slot");
        } else {
            note.append("Nearest days the protocol's spacing allows: ")
                    .append(String.join(", ", offered.stream().map(time::date).toList()));
        }
        long furthest = offered.stream().mapToLong(d -> distance(d, best)).max().orElse(Long.MAX_VALUE);
        // the days nearer than the furthest offered, and why not there: the rule that limits the choice
        List<String> nearer = notThere.stream().filter(r -> distance(r.day(), best) < furthest).map(Refusal::words)
                .toList();
        if (!nearer.isEmpty()) {
            note.append(". Not ").append(String.join("; not ", nearer));
        }
        return note.append('.').toString();
    }

    private static long distance(LocalDate day, LocalDate best) {
        return Math.abs(day.toEpochDay() - best.toEpochDay());
    }

    private record Refusal(LocalDate day, String words) {
    }
}
