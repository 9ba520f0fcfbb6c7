package care.rounds.planning;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.RecommendedAssignment;
import ai.timefold.solver.core.api.solver.ScoreAnalysisFetchPolicy;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import care.rounds.base.ClinicTime;
import care.rounds.planning.clinic.ClinicProblem;
import care.rounds.planning.clinic.ClinicProblemFactory;
import care.rounds.visits.InfusionVisit;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where new visits fit, with the rest of the plan fixed: for each visit the best options (clinician
 * and start) with their score difference, best first. For a series the visits are placed in order,
 * each on the best option of the one before, so the spacing rules hold between the proposals.
 */
@Service
public class BookingAdvisor {

    public static final int OPTIONS_PER_VISIT = 5;
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(BookingAdvisor.class);

    private final ClinicProblemFactory problems;
    private final SolutionManager<InfusionSchedule, HardMediumSoftLongScore> solutions;
    private final ClinicTime time;

    BookingAdvisor(ClinicProblemFactory problems, ClinicTime time) {
        this.problems = problems;
        this.solutions = SolutionManager.create(SolverFactory.create(recommendationConfig()));
        this.time = time;
    }

    /**
     * Timefold's recommendation API tries every position with a construction heuristic, so it needs a
     * solver configuration with exactly one such phase: the clinic's model and constraints, nothing else.
     */
    private static SolverConfig recommendationConfig() {
        return SolverConfig.createFromXmlResource("solverConfig.xml")
                .withPhases(new ConstructionHeuristicPhaseConfig());
    }

    /**
     * @param visits the new (unassigned) visits, in series order
     * @return for each visit id, up to {@value #OPTIONS_PER_VISIT} feasible options, best first
     */
    @RolesAllowed("COORDINATOR")
    public Map<Long, List<SlotOption>> recommend(List<InfusionVisit> visits) {
        if (visits.isEmpty()) {
            return Map.of();
        }
        // only the days the new visits can fall on matter: the rest of the plan stays as it is
        java.util.SortedSet<LocalDate> days = new java.util.TreeSet<>();
        for (InfusionVisit visit : visits) {
            for (LocalDate day = time.inClinicZone(visit.getEarliestStart()).toLocalDate();
                 !day.isAfter(time.inClinicZone(visit.getLatestStart()).toLocalDate()); day = day.plusDays(1)) {
                days.add(day);
            }
        }
        ClinicProblem problem = problems.buildAsPlanned(days,
                Set.copyOf(visits.stream().map(InfusionVisit::getId).toList()));
        InfusionSchedule schedule = problem.schedule();
        long built = System.nanoTime();
        Map<Long, List<SlotOption>> options = new LinkedHashMap<>();
        for (InfusionVisit record : visits) {
            Visit visit = schedule.getVisits().stream().filter(v -> v.getId().equals(String.valueOf(record.getId())))
                    .findFirst().orElse(null);
            if (visit == null) {
                options.put(record.getId(), List.of());
                continue;
            }
            List<RecommendedAssignment<Placement, HardMediumSoftLongScore>> ranked =
                    solutions.recommendAssignment(schedule, visit, Placement::of,
                            ScoreAnalysisFetchPolicy.FETCH_SHALLOW);
            List<SlotOption> feasible = new ArrayList<>();
            Placement best = null;
            for (var recommendation : ranked) {
                HardMediumSoftLongScore difference = recommendation.scoreAnalysisDiff().score();
                Placement placement = recommendation.proposition();
                if (placement == null || difference.hardScore() < 0) {
                    continue;
                }
                best = best == null ? placement : best;
                feasible.add(new SlotOption(record.getId(), placement.clinicianId(), placement.clinicianName(),
                        placement.credential(), placement.start(), difference.toString(), true));
                if (feasible.size() == OPTIONS_PER_VISIT) {
                    break;
                }
            }
            if (feasible.isEmpty() && log.isInfoEnabled()) {
                log.info("No feasible place for visit {} among {} positions; best: {}", record.getId(), ranked.size(),
                        ranked.stream().limit(3).map(r -> r.proposition() + " " + r.scoreAnalysisDiff().score()).toList());
            }
            options.put(record.getId(), feasible);
            if (best != null) {
                String shiftId = best.shiftId();
                int index = best.index();
                schedule.getShifts().stream().filter(s -> s.getId().equals(shiftId)).findFirst()
                        .ifPresent(shift -> shift.getVisits().add(index, visit));
            }
        }
        log.debug("Recommended {} visits in {} ms after building the problem", visits.size(),
                (System.nanoTime() - built) / 1_000_000);
        return options;
    }

    /** Where the recommended visit would sit: the day, its position in the day, and its start. */
    record Placement(String shiftId, long clinicianId, String clinicianName, String credential, int index,
                     java.time.Instant start) {
        static Placement of(Visit visit) {
            Shift shift = visit.getShift();
            return shift == null ? null : new Placement(shift.getId(), shift.getClinicianId(), shift.getClinicianName(),
                    shift.getCredential(), shift.getVisits().indexOf(visit), visit.startInstant());
        }
    }
}
