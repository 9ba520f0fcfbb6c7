package care.rounds.planning;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import care.rounds.dispatch.benchmark.DisruptionBenchmark.Row;
import care.rounds.routing.graphhopper.GraphHopperTravelTimes;
import care.rounds.routing.internal.MapFile;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The disruption benchmark's Columbus part, on the solver alone (no application, no database): the clinic
 * benchmark's clinic ({@link ClinicBenchmark#generate}, Columbus road map), its busiest day planned once
 * with the clinic's solver config and every placed visit recorded as told; then each event applied to
 * that same plan, re-planned as the application re-plans (now 09:30, visits within the 60 min freeze
 * fixed, the day's plan as the starting solution, day-of termination 10 s at most or 1.5 s without
 * improvement; a roster change the evening before with the clinic's default termination), once with this
 * planner ("after": its two passes, every told patient kept first, as {@link SchedulePlanner} does) and once with the stand-in for the one before issue 11 ("before": stability weight 0,
 * routes rebuilt from empty, a fixed 10 s per day-of re-plan). The time is the solver's alone.
 */
public final class ColumbusDisruptions {

    private static final ZoneId ZONE = ZoneId.of("America/New_York");
    private static final Duration TOLERANCE = Duration.ofMinutes(15);
    private static final Duration FREEZE = Duration.ofMinutes(60);
    private static final long SEED = 42;

    private final GraphHopperTravelTimes roads;
    private final TravelTimeMatrix travel;
    private final LocalDate day;
    private final String clinic;
    /** The plan every event starts from: each shift's visits in order, with their starts. */
    private final Map<String, List<String>> routes = new LinkedHashMap<>();
    private final Map<String, Placement> placed = new LinkedHashMap<>();
    private final Set<String> unassigned = new HashSet<>();
    private final long driveMinutes;
    private final Map<String, Long> durations = new LinkedHashMap<>();

    private record Placement(long clinicianId, long start) {
    }

    /** One re-plan's problem: the visits and shifts, with the ids of the event's own visits. */
    private record Problem(InfusionSchedule schedule, Set<String> theirs, Set<String> leftOut, String event) {
    }

    private ColumbusDisruptions(GraphHopperTravelTimes roads) {
        this.roads = roads;
        ClinicBenchmark.ClinicData data = ClinicBenchmark.generate(new Random(SEED), roads);
        this.travel = ClinicBenchmark.roadMatrix(roads, data.locations());
        Map<LocalDate, Long> visitsByDay = data.visits().stream().collect(Collectors.groupingBy(
                v -> dateOf(v.getEarliestStart()), TreeMap::new, Collectors.counting()));
        this.day = visitsByDay.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        InfusionSchedule first = dayProblem();
        first.getVisits().forEach(v -> durations.put(v.getId(), v.getDuration()));
        SolverConfig config = SolverConfig.createFromXmlResource("solverConfig.xml");
        long started = System.nanoTime();
        InfusionSchedule plan = SolverFactory.<InfusionSchedule>create(config).buildSolver().solve(first);
        for (Shift shift : plan.getShifts()) {
            routes.put(shift.getId(), shift.getVisits().stream().map(Visit::getId).toList());
            shift.getVisits().forEach(v -> placed.put(v.getId(), new Placement(shift.getClinicianId(), v.getStart())));
        }
        plan.unassignedVisits().forEach(v -> unassigned.add(v.getId()));
        this.driveMinutes = drive(plan);
        this.clinic = "Columbus (" + first.getVisits().size() + " visits, " + first.getShifts().size()
                + " clinicians on " + day + ")";
        System.out.printf(Locale.ROOT, "[Columbus] busiest day %s: %d visits, %d shifts; first plan in %.1f s: %s, "
                        + "%d unassigned, %d min driving%n", day, first.getVisits().size(), first.getShifts().size(),
                (System.nanoTime() - started) / 1e9, plan.getScore(), unassigned.size(), driveMinutes);
    }

    /** The planners asked for on every event; opens and closes the Columbus map. */
    public static List<Row> run(boolean withAfter, boolean withBefore) {
        if (org.slf4j.LoggerFactory.getILoggerFactory() instanceof ch.qos.logback.classic.LoggerContext logs) {
            logs.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).setLevel(ch.qos.logback.classic.Level.WARN);
            logs.getLogger("com.graphhopper").setLevel(ch.qos.logback.classic.Level.WARN);
            logs.getLogger("ai.timefold").setLevel(ch.qos.logback.classic.Level.WARN);
        }
        try (GraphHopperTravelTimes roads = GraphHopperTravelTimes.open(MapFile.of(ClinicBenchmark.MAP, null),
                ClinicBenchmark.CACHE, 300)) {
            ColumbusDisruptions benchmark = new ColumbusDisruptions(roads);
            List<Row> rows = new ArrayList<>();
            List<Boolean> modes = new ArrayList<>();
            if (withAfter) {
                modes.add(false);
            }
            if (withBefore) {
                modes.add(true);
            }
            for (boolean before : modes) {
                rows.add(benchmark.replanChecked(() -> benchmark.callOut(before), before, true));
                rows.add(benchmark.replanChecked(() -> benchmark.runningLate(before), before, true));
                rows.add(benchmark.replanChecked(() -> benchmark.cancellation(before), before, true));
                rows.add(benchmark.replanChecked(() -> benchmark.urgentVisit(before), before, true));
                rows.add(benchmark.replanChecked(() -> benchmark.rosterChange(before), before, false));
            }
            return rows;
        }
    }

    /** The busiest day of the generated clinic: its shifts, and its visits within that day's window. */
    private InfusionSchedule dayProblem() {
        ClinicBenchmark.ClinicData data = ClinicBenchmark.generate(new Random(SEED), roads);
        long dayEnd = day.atTime(15, 0).atZone(ZONE).toEpochSecond();
        List<Visit> visits = data.visits().stream().filter(v -> dateOf(v.getEarliestStart()).equals(day))
                .peek(v -> v.moveWindow(v.getEarliestStart(), Math.min(v.getLatestStart(), dayEnd))).toList();
        List<Shift> shifts = data.shifts().stream().filter(s -> day.equals(s.getDay())).toList();
        return new InfusionSchedule(travel, new ArrayList<>(shifts), new ArrayList<>(visits));
    }

    /**
     * The day as the application builds it at {@code now}: every visit told where the plan put it, visits
     * starting within the freeze window (and {@code alsoFixed}) fixed at the front of their route, the rest
     * of the plan as the starting solution (after) or unassigned (before).
     */
    private InfusionSchedule asPlannedAt(Instant now, boolean before, Set<String> alsoFixed) {
        return asPlannedAt(now, before, alsoFixed, Set.of());
    }

    /** As above, with {@code released} visits taken off their route (a call-out rules them out). */
    private InfusionSchedule asPlannedAt(Instant now, boolean before, Set<String> alsoFixed, Set<String> released) {
        InfusionSchedule problem = dayProblem();
        long frozenUntil = now.plus(FREEZE).getEpochSecond();
        Map<String, Visit> byId = new LinkedHashMap<>();
        List<Visit> visits = new ArrayList<>();
        for (Visit visit : problem.getVisits()) {
            Placement at = placed.get(visit.getId());
            if (at != null) {
                visit.withTold(at.clinicianId(), Instant.ofEpochSecond(at.start()), TOLERANCE);
                if (!released.contains(visit.getId()) && (at.start() < frozenUntil || alsoFixed.contains(visit.getId()))) {
                    // As the application does: a visit frozen only because it starts within the hour (not under
                    // way, not fixed by the event) may still follow a predecessor that runs late, within its window.
                    boolean onlyFrozen = !before && at.start() >= now.getEpochSecond() && !alsoFixed.contains(visit.getId());
                    visit.moveWindow(at.start(), onlyFrozen ? Math.max(at.start(), visit.getLatestStart()) : at.start());
                    visit.withPinned(true);
                }
            }
            if (!visit.isPinned()) {
                if (visit.getLatestStart() < frozenUntil) {
                    continue; // too late to give today: the application leaves it out too
                }
                long earliest = Math.max(visit.getEarliestStart(), frozenUntil);
                if (at != null && !before) {
                    // As the application does: a told patient is not ready before the told time less the tolerance.
                    long notBefore = at.start() - TOLERANCE.toSeconds();
                    earliest = notBefore > earliest && notBefore <= visit.getLatestStart() ? notBefore : earliest;
                }
                visit.moveWindow(earliest, visit.getLatestStart());
            }
            byId.put(visit.getId(), visit);
            visits.add(visit);
        }
        List<Shift> shifts = new ArrayList<>();
        for (Shift shift : problem.getShifts()) {
            List<Visit> route = routes.getOrDefault(shift.getId(), List.of()).stream().map(byId::get)
                    .filter(java.util.Objects::nonNull).filter(v -> !released.contains(v.getId())).toList();
            shift.withPinnedVisits(route.stream().filter(Visit::isPinned).toList(), true);
            if (!before) {
                route.stream().filter(v -> !v.isPinned()).forEach(shift.getVisits()::add);
            }
            shifts.add(shift);
        }
        return new InfusionSchedule(travel, shifts, visits)
                .withWeights(new PlannerWeights(before ? Map.of("stability", 0L) : Map.of()).overrides());
    }

    private Instant morning() {
        return day.atTime(9, 30).atZone(ZONE).toInstant();
    }

    /** The route with the most visits planned after {@code from}. */
    private String busiestRouteAfter(long from, Set<String> not) {
        return routes.entrySet().stream().filter(e -> !not.contains(e.getKey()))
                .max(Comparator.comparingLong(e -> e.getValue().stream().filter(id -> placed.get(id).start() >= from).count()))
                .orElseThrow().getKey();
    }

    /**
     * The clinician with the most visits left calls out from 09:30: every visit of theirs not over by then is
     * taken off their route (as the application's roster check does), their day ends at 09:30.
     */
    private Problem callOut(boolean before) {
        Instant now = morning();
        long from = now.getEpochSecond();
        String shiftId = busiestRouteAfter(from, Set.of());
        Set<String> theirs = routes.get(shiftId).stream().filter(id -> placed.get(id).start() + durationOf(id) > from)
                .collect(Collectors.toSet());
        InfusionSchedule problem = asPlannedAt(now, before, Set.of(), theirs);
        List<Shift> shifts = new ArrayList<>();
        for (Shift shift : problem.getShifts()) {
            if (!shift.getId().equals(shiftId)) {
                shifts.add(shift);
            } else if (!shift.getVisits().isEmpty()) {
                shifts.add(copyOf(shift, shift.getStart(), Math.max(shift.getStart(), from))
                        .withPinnedVisits(shift.getVisits(), true));
            }
        }
        return new Problem(with(problem, shifts, problem.getVisits()), theirs, Set.of(),
                "call-out from 09:30 (" + theirs.size() + " visits not over by then)");
    }

    /** The visit a clinician is on (or goes to next) at 09:30 runs 45 min longer. */
    private Problem runningLate(boolean before) {
        long now = morning().getEpochSecond();
        String lateId = null;
        List<String> later = List.of();
        for (List<String> route : routes.values()) {
            List<String> ahead = route.stream().filter(id -> placed.get(id).start() + durationOf(id) > now).toList();
            if (ahead.size() - 1 > later.size()) {
                lateId = ahead.get(0);
                later = ahead.subList(1, ahead.size());
            }
        }
        String late = lateId;
        InfusionSchedule problem = asPlannedAt(morning(), before, Set.of(late));
        List<Visit> visits = new ArrayList<>();
        for (Visit visit : problem.getVisits()) {
            visits.add(visit.getId().equals(late) ? longer(visit, Duration.ofMinutes(45)) : visit);
        }
        for (Shift shift : problem.getShifts()) {
            shift.getVisits().replaceAll(v -> v.getId().equals(late) ? visits.stream()
                    .filter(x -> x.getId().equals(late)).findFirst().orElseThrow() : v);
        }
        return new Problem(with(problem, problem.getShifts(), visits), new HashSet<>(later), Set.of(),
                "running late 45 min (" + later.size() + " later visits of that clinician)");
    }

    /** A patient cancels a visit after 11:00 on the busiest route. */
    private Problem cancellation(boolean before) {
        long after = morning().plus(Duration.ofMinutes(90)).getEpochSecond();
        String shiftId = busiestRouteAfter(after, Set.of());
        String cancelled = routes.get(shiftId).stream().filter(id -> placed.get(id).start() > after).findFirst().orElseThrow();
        InfusionSchedule problem = asPlannedAt(morning(), before, Set.of());
        problem.getShifts().forEach(s -> s.getVisits().removeIf(v -> v.getId().equals(cancelled)));
        List<Visit> visits = problem.getVisits().stream().filter(v -> !v.getId().equals(cancelled)).toList();
        return new Problem(with(problem, problem.getShifts(), visits), Set.of(), Set.of(cancelled), "cancellation");
    }

    /** A patient with no visit that day needs a 100 min infusion today, from 09:30. */
    private Problem urgentVisit(boolean before) {
        InfusionSchedule problem = asPlannedAt(morning(), before, Set.of());
        Set<Integer> visitedToday = problem.getVisits().stream().map(Visit::getLocation).collect(Collectors.toSet());
        int home = 40;
        while (visitedToday.contains(home)) {
            home++;
        }
        Instant opens = morning();
        Visit urgent = new Visit("urgent", 100_000, home, opens, day.atTime(23, 59).atZone(ZONE).toInstant(),
                Duration.ofMinutes(100)).withPlan(100_000, 1, 0).withPatientState("OH")
                .withAllowedCredentials(Set.of("RN", "CRNA", "NP", "MD"));
        urgent.moveWindow(opens.plus(FREEZE).getEpochSecond(), urgent.getLatestStart());
        List<Visit> visits = new ArrayList<>(problem.getVisits());
        visits.add(urgent);
        return new Problem(with(problem, problem.getShifts(), visits), Set.of(), Set.of(), "urgent visit (100 min)");
    }

    /** The evening before: the clinician with the most visits takes the day off. */
    private Problem rosterChange(boolean before) {
        String shiftId = busiestRouteAfter(0, Set.of());
        InfusionSchedule problem = asPlannedAt(day.minusDays(1).atTime(17, 0).atZone(ZONE).toInstant(), before, Set.of());
        List<Shift> shifts = problem.getShifts().stream().filter(s -> !s.getId().equals(shiftId)).toList();
        Set<String> theirs = new HashSet<>(routes.get(shiftId));
        return new Problem(with(problem, new ArrayList<>(shifts), problem.getVisits()), theirs, Set.of(),
                "roster change: one clinician's day off (" + theirs.size() + " visits), re-plan of the day");
    }

    /**
     * Re-plans after the event; when this planner moved other patients, solves the same event again with
     * every promise kept unless a hard rule needs otherwise (stability on the medium level, above any
     * unassigned visit) and says whether keeping them would have left more visits unassigned: whether the
     * moves were needed to place a visit, or the planner could have done without.
     */
    private Row replanChecked(Supplier<Problem> event, boolean before, boolean dayOf) {
        Row row = replan(event.get(), before, dayOf);
        if (before || row.othersMoved() == 0) {
            return row;
        }
        Problem again = event.get();
        again.schedule().withWeights(PlannerWeights.keepingEveryPromise(again.schedule().getConstraintWeightOverrides()));
        InfusionSchedule keeping = SolverFactory.<InfusionSchedule>create(configFor(before, dayOf)).buildSolver()
                .solve(again.schedule());
        int unassignedKeeping = keeping.unassignedVisits().size();
        String check = unassignedKeeping > row.unassignedAfter() || keeping.getScore().hardScore() < 0
                ? "needed: keeping every other patient leaves " + unassignedKeeping + " unassigned"
                + (keeping.getScore().hardScore() < 0 ? " and breaks a hard rule" : "")
                : "not needed: keeping every other patient also leaves " + unassignedKeeping + " unassigned";
        System.out.printf(Locale.ROOT, "[Columbus, after] %s: the others' moves were %s%n", row.event(), check);
        return new Row(row.clinic(), row.event(), row.planner(), row.eventPatients(), row.eventMoved(), row.othersMoved(),
                row.unassignedBefore(), row.unassignedAfter(), row.driveBefore(), row.driveAfter(), row.millis(),
                row.plannerMillis(), row.callList(), row.note() + "; others' moves " + check);
    }

    /**
     * As {@link SchedulePlanner} plans: first keeping every told patient unless a hard rule needs otherwise;
     * if that leaves a visit unassigned or a rule broken, the clinic's weights again, from there.
     */
    private static InfusionSchedule twoPasses(Solver<InfusionSchedule> solver, InfusionSchedule problem) {
        var clinicWeights = problem.getConstraintWeightOverrides();
        problem.withWeights(PlannerWeights.keepingEveryPromise(clinicWeights));
        InfusionSchedule kept = solver.solve(problem);
        kept.withWeights(clinicWeights);
        if (SchedulePlanner.placesEveryVisitWithinTheRules(kept)) {
            return kept;
        }
        return solver.solve(kept);
    }

    private static SolverConfig configFor(boolean before, boolean dayOf) {
        SolverConfig config = SolverConfig.createFromXmlResource("solverConfig.xml");
        if (dayOf) {
            config.setTerminationConfig(before ? new TerminationConfig().withSpentLimit(SchedulePlanner.DAY_OF_LIMIT)
                    : new TerminationConfig().withSpentLimit(SchedulePlanner.DAY_OF_LIMIT)
                    .withUnimprovedSpentLimit(SchedulePlanner.DAY_OF_UNIMPROVED));
        }
        return config;
    }

    private Row replan(Problem problem, boolean before, boolean dayOf) {
        SolverConfig config = configFor(before, dayOf);
        Solver<InfusionSchedule> solver = SolverFactory.<InfusionSchedule>create(config).buildSolver();
        long started = System.nanoTime();
        InfusionSchedule result = before ? solver.solve(problem.schedule()) : twoPasses(solver, problem.schedule());
        long millis = (System.nanoTime() - started) / 1_000_000;
        Map<String, Visit> now = result.getVisits().stream().collect(Collectors.toMap(Visit::getId, v -> v));
        Set<String> moved = new HashSet<>();
        placed.forEach((id, was) -> {
            Visit visit = now.get(id);
            if (problem.leftOut().contains(id)) {
                return;
            }
            if (visit == null || !visit.isAssigned() || visit.getShift().getClinicianId() != was.clinicianId()
                    || Math.abs(visit.getStart() - was.start()) > TOLERANCE.toSeconds()) {
                moved.add(id);
            }
        });
        int eventMoved = (int) moved.stream().filter(problem.theirs()::contains).count();
        int toCall = (int) result.getVisits().stream().filter(Visit::movedFromTold).count();
        String broken = SolutionManager.<InfusionSchedule, HardMediumSoftLongScore>create(
                        SolverFactory.<InfusionSchedule>create(config)).analyze(result).constraintAnalyses().stream()
                .filter(c -> c.score().hardScore() < 0)
                .map(c -> c.constraintName() + " " + c.score().hardScore() + " hard").collect(Collectors.joining(", "));
        Row row = new Row(clinic, problem.event(), before ? "before" : "after", problem.theirs().size(), eventMoved,
                moved.size() - eventMoved, unassigned.size(), result.unassignedVisits().size(), driveMinutes,
                drive(result), millis, millis, toCall, "solver only, no database"
                + (broken.isEmpty() ? "" : "; broken: " + broken));
        System.out.printf(Locale.ROOT, "[Columbus, %s] %s: %d of the event's %d moved, %d others; %.1f s; %s%n",
                row.planner(), row.event(), eventMoved, problem.theirs().size(), row.othersMoved(), millis / 1000.0,
                result.getScore());
        moved.stream().filter(id -> !problem.theirs().contains(id)).sorted().forEach(id -> {
            Placement was = placed.get(id);
            Visit visit = now.get(id);
            List<String> newcomers = result.getShifts().stream().filter(s -> s.getClinicianId() == was.clinicianId())
                    .flatMap(s -> s.getVisits().stream())
                    .filter(v -> placed.get(v.getId()) == null || placed.get(v.getId()).clinicianId() != was.clinicianId())
                    .filter(v -> Math.abs(v.getStart() - was.start()) <= 2 * 3600)
                    .map(v -> v.getId() + (problem.theirs().contains(v.getId()) ? " (the event's)" : "")).sorted().toList();
            System.out.printf(Locale.ROOT, "    other patient moved: visit %s, clinician %d at %s -> %s; in its place: %s%n",
                    id, was.clinicianId(), clock(was.start()), visit == null || !visit.isAssigned() ? "not placed"
                            : "clinician " + visit.getShift().getClinicianId() + " at " + clock(visit.getStart()),
                    newcomers.isEmpty() ? "no newcomer on that route" : String.join(", ", newcomers));
        });
        return row;
    }

    private static LocalTime clock(long epochSecond) {
        return Instant.ofEpochSecond(epochSecond).atZone(ZONE).toLocalTime();
    }

    private long durationOf(String id) {
        return durations.get(id);
    }

    private static long drive(InfusionSchedule plan) {
        return Math.round(plan.getShifts().stream().mapToLong(Shift::getDriveSeconds).sum() / 60.0);
    }

    private static InfusionSchedule with(InfusionSchedule problem, List<Shift> shifts, List<Visit> visits) {
        return new InfusionSchedule(problem.getTravelTimes(), new ArrayList<>(shifts), new ArrayList<>(visits))
                .withWeights(problem.getConstraintWeightOverrides());
    }

    private static Shift copyOf(Shift shift, long start, long end) {
        return new Shift(shift.getId(), shift.getClinicianId(), shift.getHomeLocation(), start, end)
                .withClinicianName(shift.getClinicianName()).withCredential(shift.getCredential())
                .withLicensedStates(shift.getLicensedStates()).withDay(shift.getDay())
                .withAllowedOvertime(shift.getAllowedOvertime()).withDoseKits(shift.getDoseKits());
    }

    /** The same visit, fixed where it is, lasting {@code more} longer. */
    private static Visit longer(Visit visit, Duration more) {
        return new Visit(visit.getId(), visit.getPatientId(), visit.getLocation(), visit.getEarliestStart(),
                visit.getLatestStart(), visit.getDuration() + more.toSeconds())
                .withPlan(visit.getPlanId(), visit.getSequence(), 0).withPriority(visit.getPriority())
                .withGapToPrevious(Duration.ofSeconds(visit.getMinSecondsAfterPrevious()),
                        Duration.ofSeconds(visit.getMaxSecondsAfterPrevious()))
                .withAllowedCredentials(visit.getAllowedCredentials()).withPatientState(visit.getPatientState())
                .withDoseKits(visit.getDoseKits()).withPinned(true)
                .withPreferredClinician(visit.getPreferredClinicianId());
    }

    private static LocalDate dateOf(long epochSecond) {
        return Instant.ofEpochSecond(epochSecond).atZone(ZONE).toLocalDate();
    }

}
