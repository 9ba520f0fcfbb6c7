package care.rounds.planning;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where new visits fit, with the rest of the plan fixed: for each visit the best options (clinician
 * and start) with their score difference, best first. For a series the visits are placed in order,
 * each after the option chosen (or first offered) for the one before, so the spacing rules hold between the
 * proposals; a full best day gives way to the nearest days the spacing allows (see {@link NearestDayOptions}).
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
        Map<Long, List<SlotOption>> options = new LinkedHashMap<>();
        advise(visits, Map.of()).forEach((id, advice) -> options.put(id, advice.options()));
        return options;
    }

    /**
     * Where each infusion of a series can go, in series order, each computed from the option kept (or, for the
     * infusions after those, the first option offered) for the infusion before it: when an infusion's best
     * day is full, the nearest days the protocol's spacing allows, with the rule that limits the choice.
     *
     * @param visits the series' visits not yet booked, in series order
     * @param kept   the options the coordinator chose for the first infusions: they stay as chosen and get no
     *               advice; the infusions after them are advised from them
     * @return advice for each visit not kept, in series order
     */
    @RolesAllowed("COORDINATOR")
    public Map<Long, InfusionAdvice> advise(List<InfusionVisit> visits, Map<Long, SlotOption> kept) {
        if (visits.isEmpty()) {
            return Map.of();
        }
        List<InfusionVisit> ordered = visits.stream()
                .sorted(java.util.Comparator.comparingInt(InfusionVisit::getSequenceNumber)).toList();
        ClinicProblem problem = problems.buildAsPlanned(daysAround(ordered, kept.values()),
                Set.copyOf(ordered.stream().map(InfusionVisit::getId).toList()));
        InfusionSchedule schedule = problem.schedule();
        long built = System.nanoTime();
        NearestDayOptions nearest = new NearestDayOptions(solutions, time);
        Set<Long> seriesClinicians = new java.util.LinkedHashSet<>();
        Map<Long, InfusionAdvice> advice = new LinkedHashMap<>();
        java.time.Instant previousStart = null;
        for (InfusionVisit record : ordered) {
            Visit visit = schedule.getVisits().stream().filter(v -> v.getId().equals(String.valueOf(record.getId())))
                    .findFirst().orElse(null);
            SlotOption chosen = kept.get(record.getId());
            if (chosen != null) {
                if (visit != null) {
                    placeAsChosen(schedule, visit, chosen);
                }
                seriesClinicians.add(chosen.clinicianId());
                previousStart = chosen.start();
                continue;
            }
            if (visit == null) {
                advice.put(record.getId(), new InfusionAdvice(record.getId(), List.of(),
                        "The patient's home is not on the map: fix the address first."));
                continue;
            }
            SeriesSpacing spacing = new SeriesSpacing(record.getPlan(), record.getSequenceNumber(), record.getDuration(),
                    previousStart, time.zone(), time::dateTime);
            LocalDate best = time.inClinicZone(record.getEarliestStart()).toLocalDate();
            NearestDayOptions.Found found = nearest.find(schedule, visit, record.getId(), best, spacing,
                    SeriesSpacing.reach(record.getPlan().getProtocol()), seriesClinicians);
            advice.put(record.getId(), new InfusionAdvice(record.getId(),
                    found.candidates().stream().map(NearestDayOptions.Candidate::option).toList(), found.note()));
            if (found.candidates().isEmpty()) {
                log.info("No feasible place for visit {} on its best day or the nearest days allowed", record.getId());
                continue;
            }
            Placement first = found.candidates().get(0).placement();
            schedule.getShifts().stream().filter(s -> s.getId().equals(first.shiftId())).findFirst()
                    .ifPresent(shift -> shift.getVisits().add(first.index(), visit));
            visit.moveWindow(first.start().getEpochSecond(), first.start().getEpochSecond());
            seriesClinicians.add(first.clinicianId());
            previousStart = first.start();
        }
        log.info("Advised {} infusions in {} ms after building the problem", visits.size(),
                (System.nanoTime() - built) / 1_000_000);
        return advice;
    }

    /** The infusions' best days and the option kept, with room on either side for the nearest days allowed. */
    private java.util.SortedSet<LocalDate> daysAround(List<InfusionVisit> visits, java.util.Collection<SlotOption> kept) {
        java.util.SortedSet<LocalDate> days = new java.util.TreeSet<>();
        LocalDate today = time.today();
        for (InfusionVisit visit : visits) {
            int reach = SeriesSpacing.reach(visit.getPlan().getProtocol());
            LocalDate best = time.inClinicZone(visit.getEarliestStart()).toLocalDate();
            for (LocalDate day = best.minusDays(reach); !day.isAfter(best.plusDays(reach)); day = day.plusDays(1)) {
                if (!day.isBefore(today)) {
                    days.add(day);
                }
            }
        }
        kept.forEach(option -> days.add(time.inClinicZone(option.start()).toLocalDate()));
        if (days.isEmpty()) {
            days.add(today);
        }
        return days;
    }

    /** A kept option sits where the coordinator chose it, so the next infusion is advised from it. */
    private void placeAsChosen(InfusionSchedule schedule, Visit visit, SlotOption chosen) {
        LocalDate day = time.inClinicZone(chosen.start()).toLocalDate();
        long at = chosen.start().getEpochSecond();
        visit.moveWindow(at, at);
        schedule.getShifts().stream()
                .filter(s -> s.getClinicianId() == chosen.clinicianId() && day.equals(s.getDay()))
                .findFirst().ifPresent(shift -> {
                    int index = (int) shift.getVisits().stream().filter(v -> v.isAssigned() && v.getStart() < at).count();
                    shift.getVisits().add(index, visit);
                });
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
