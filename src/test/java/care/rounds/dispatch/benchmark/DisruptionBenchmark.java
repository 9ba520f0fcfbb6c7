package care.rounds.dispatch.benchmark;

import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverConfigOverride;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.api.solver.SolverJobBuilder;
import ai.timefold.solver.core.api.solver.SolverManager;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import care.rounds.RoundsApplication;
import care.rounds.base.ClinicTime;
import care.rounds.clinicians.Clinician;
import care.rounds.clinicians.ClinicianService;
import care.rounds.dispatch.ClinicianRoute;
import care.rounds.dispatch.DayOfEvents;
import care.rounds.dispatch.DayOfOutcome;
import care.rounds.dispatch.DayPlan;
import care.rounds.dispatch.DispatchService;
import care.rounds.patients.Patient;
import care.rounds.patients.PatientService;
import care.rounds.planning.InfusionSchedule;
import care.rounds.planning.PlannerRun;
import care.rounds.planning.PlannerWeights;
import care.rounds.planning.SchedulePlanner;
import care.rounds.planning.Visit;
import care.rounds.planning.clinic.ClinicProblemFactory;
import care.rounds.planning.clinic.ReplanFromScratch;
import care.rounds.visits.CallList;
import care.rounds.visits.InfusionVisit;
import care.rounds.visits.VisitChanges;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Issue 11's disruption benchmark on the demo clinic: how many patients a re-plan moves after a call-out,
 * a visit running 45 min late, a cancellation, an urgent visit and a roster change of one clinician, and
 * how long until the re-plan is saved.
 * <p>
 * Starts the whole application in-process (fresh embedded database under target/, the demo clinic seeded
 * on the Atlanta map, no plan on start), plans the demo's 21 days and records every planned visit as
 * told, as the demo does. It picks the busiest weekday from tomorrow on, then plays a bad day on it, each
 * event on the plan the one before left, with every patient re-told in between (the coordinator made the
 * calls): the roster change the evening before (the clinician with the most visits takes the day off; the
 * background re-plan is awaited), then at 09:30 that day a visit running 45 min late, a cancellation, an
 * urgent visit and a call-out from 09:30. After each event the day is read from the board and compared with
 * the day before it: a patient is moved when their visit left the route, changed clinician or moved by
 * more than 15 min (the call tolerance).
 * <p>
 * Runs twice: with this change ("after"), and with a stand-in for the planner before it ("before"):
 * stability weight 0, re-plans built from empty routes (only fixed visits placed, {@link ReplanFromScratch})
 * and a day-of re-plan that runs a fixed 10 s, as the planner did before issue 11.
 * Run from the repository root: {@code ./mvnw -Pdisruption-benchmark test-compile exec:java}
 * ({@code -Ddisruption.benchmark.modes=after} for one mode, on both clinics). A main, not a test.
 */
public final class DisruptionBenchmark {

    static final Duration TOLERANCE = Duration.ofMinutes(15);
    static final Duration BEFORE_DAY_OF_LIMIT = Duration.ofSeconds(10);
    private static final String MANAGER = "manager";
    private static final int DEMO_HORIZON_DAYS = 21;

    private DisruptionBenchmark() {
    }

    /** One event's result. */
    public record Row(String clinic, String event, String planner, int eventPatients, int eventMoved, int othersMoved,
               int unassignedBefore, int unassignedAfter, long driveBefore, long driveAfter, long millis,
               long plannerMillis, int callList, String note) {

        public int totalMoved() {
            return eventMoved + othersMoved;
        }
    }

    /** Where a visit is on the board. */
    record Placement(long clinicianId, Instant start) {
    }

    /** The day as the board shows it. */
    record Snapshot(Map<Long, Placement> placed, Set<Long> unassigned, long driveMinutes, int visits) {

        static Snapshot of(DayPlan plan) {
            Map<Long, Placement> placed = new LinkedHashMap<>();
            for (ClinicianRoute route : plan.routes()) {
                for (InfusionVisit stop : route.stops()) {
                    placed.put(stop.getId(), new Placement(stop.getClinician().getId(), stop.getPlannedStart()));
                }
            }
            Set<Long> unassigned = new HashSet<>();
            plan.unassigned().forEach(u -> unassigned.add(u.visit().getId()));
            return new Snapshot(placed, unassigned, plan.figures().driving().toMinutes(), placed.size() + unassigned.size());
        }

        /** Visits placed here that the later day no longer has where they were. */
        Set<Long> movedIn(Snapshot after) {
            Set<Long> moved = new HashSet<>();
            placed.forEach((id, was) -> {
                Placement now = after.placed.get(id);
                if (now == null || now.clinicianId() != was.clinicianId()
                        || Duration.between(was.start(), now.start()).abs().compareTo(TOLERANCE) > 0) {
                    moved.add(id);
                }
            });
            return moved;
        }
    }

    /** The clinic's clock, set by the benchmark to the evening before and the morning of the busy day. */
    static final class BenchmarkClock extends Clock {
        private volatile Duration offset = Duration.ZERO;

        void set(Instant now) {
            offset = Duration.between(Instant.now(), now);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.offset(Clock.system(zone), offset);
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(offset);
        }
    }

    public static void main(String[] args) {
        String modes = System.getProperty("disruption.benchmark.modes", "after before");
        System.out.printf(Locale.ROOT, "Disruption benchmark: %d cores, Java %s%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        String clinics = System.getProperty("disruption.benchmark.clinics", "demo columbus");
        List<Row> rows = new ArrayList<>();
        if (clinics.contains("demo")) {
            for (String mode : modes.trim().split("[ ,]+")) {
                rows.addAll(demoClinic(mode.equals("before")));
                print(rows);
            }
        }
        if (clinics.contains("columbus")) {
            rows.addAll(care.rounds.planning.ColumbusDisruptions.run(modes.contains("after"), modes.contains("before")));
        }
        print(rows);
        System.exit(0);
    }

    static void print(List<Row> rows) {
        System.out.printf("%n| clinic | event | planner | event's patients moved | other patients moved | patients moved "
                + "in total | call list | unassigned (before → after) | drive min (before → after) | time to saved "
                + "re-plan | of it in the planner | note |%n|---|---|---|---|---|---|---|---|---|---|---|---|%n");
        for (Row r : rows) {
            System.out.printf(Locale.ROOT, "| %s | %s | %s | %d of %d | %d | %d | %d | %d → %d | %d → %d | %.1f s | %s | %s |%n",
                    r.clinic(), r.event(), r.planner(), r.eventMoved(), r.eventPatients(), r.othersMoved(),
                    r.totalMoved(), r.callList(), r.unassignedBefore(), r.unassignedAfter(), r.driveBefore(),
                    r.driveAfter(), r.millis() / 1000.0,
                    r.plannerMillis() < 0 ? "-" : String.format(Locale.ROOT, "%.1f s", r.plannerMillis() / 1000.0), r.note());
        }
    }

    static List<Row> demoClinic(boolean before) {
        String planner = before ? "before" : "after";
        String folder = "target/disruption-benchmark/" + planner + "-" + System.currentTimeMillis();
        BenchmarkClock clock = new BenchmarkClock();
        SpringApplication app = new SpringApplication(RoundsApplication.class);
        app.setWebApplicationType(WebApplicationType.SERVLET);
        app.addInitializers(context -> {
            GenericApplicationContext generic = (GenericApplicationContext) context;
            generic.registerBean("benchmarkClock", Clock.class, () -> clock, d -> d.setPrimary(true));
            if (before) {
                generic.getBeanFactory().addBeanPostProcessor(new PlannerBeforeIssue11());
            }
        });
        List<String> settings = new ArrayList<>(List.of("--server.port=0", "--rounds.demo.enabled=true",
                "--rounds.demo.plan-on-start=false", "--rounds.database.embedded.data-dir=" + folder,
                "--rounds.database.embedded.clean=true", "--rounds.routing.cache-dir=target/disruption-benchmark/graphhopper",
                "--rounds.routing.address-index=false", "--rounds.map.tile-url=", "--vaadin.devmode.devTools.enabled=false",
                "--logging.level.root=WARN", "--logging.level.care.rounds=WARN"));
        if (before) {
            settings.add("--rounds.planning.weights.stability=0");
        }
        try (ConfigurableApplicationContext context = app.run(settings.toArray(String[]::new))) {
            return new DemoDay(context, clock, planner).play();
        }
    }

    /** The bad day on the demo clinic, played in one application. */
    static final class DemoDay {
        private final BenchmarkClock clock;
        private final String planner;
        private final ClinicTime time;
        private final SchedulePlanner schedule;
        private final DispatchService dispatch;
        private final DayOfEvents events;
        private final VisitChanges changes;
        private final ClinicianService clinicians;
        private final PatientService patients;
        private final CallList callList;
        private final ClinicProblemFactory problems;
        private final List<Row> rows = new ArrayList<>();
        private LocalDate day;
        private String clinic = "demo";

        DemoDay(ConfigurableApplicationContext context, BenchmarkClock clock, String planner) {
            this.clock = clock;
            this.planner = planner;
            this.time = context.getBean(ClinicTime.class);
            this.schedule = context.getBean(SchedulePlanner.class);
            this.dispatch = context.getBean(DispatchService.class);
            this.events = context.getBean(DayOfEvents.class);
            this.changes = context.getBean(VisitChanges.class);
            this.clinicians = context.getBean(ClinicianService.class);
            this.patients = context.getBean(PatientService.class);
            this.callList = context.getBean(CallList.class);
            this.problems = context.getBean(ClinicProblemFactory.class);
            UserDetails manager = context.getBean(UserDetailsService.class).loadUserByUsername(MANAGER);
            SecurityContextHolder.getContext().setAuthentication(
                    new UsernamePasswordAuthenticationToken(manager, null, manager.getAuthorities()));
        }

        List<Row> play() {
            LocalDate today = time.today();
            long started = System.nanoTime();
            var first = schedule.planAndWait(today, DEMO_HORIZON_DAYS, "Disruption benchmark: first plan of the demo clinic");
            System.out.printf(Locale.ROOT, "[%s] first plan of %d days in %.1f s: %s%n", planner, DEMO_HORIZON_DAYS,
                    (System.nanoTime() - started) / 1e9, first.inWords());
            changes.recordPlannedVisitsTold(time.startOf(today), time.startOf(today.plusDays(DEMO_HORIZON_DAYS)),
                    "Disruption benchmark: every patient was told the first plan");
            day = busiestWeekday(today);
            clinic = "demo (" + board().visits() + " visits, " + clinicians.active().size() + " clinicians, " + day + ")";
            System.out.printf("[%s] busiest weekday: %s%n", planner, clinic);

            clock.set(day.minusDays(1).atTime(17, 0).atZone(time.zone()).toInstant());
            rosterChange();
            clock.set(day.atTime(9, 30).atZone(time.zone()).toInstant());
            runningLate();
            cancellation();
            urgentVisit();
            callOut();
            return rows;
        }

        private LocalDate busiestWeekday(LocalDate today) {
            LocalDate busiest = null;
            int most = -1;
            for (LocalDate d = today.plusDays(1); d.isBefore(today.plusDays(DEMO_HORIZON_DAYS)); d = d.plusDays(1)) {
                if (d.getDayOfWeek().getValue() > 5) {
                    continue;
                }
                int visits = Snapshot.of(dispatch.board(d)).visits();
                if (visits > most) {
                    most = visits;
                    busiest = d;
                }
            }
            return busiest;
        }

        private Snapshot board() {
            return Snapshot.of(dispatch.board(day));
        }

        private void retell() {
            changes.recordPlannedVisitsTold(time.startOf(day), time.startOf(day.plusDays(1)),
                    "Disruption benchmark: the coordinator called every patient on the list");
        }

        /** The evening before: the clinician with the most visits takes the whole day off. */
        private void rosterChange() {
            retell();
            DayPlan plan = dispatch.board(day);
            Snapshot was = Snapshot.of(plan);
            ClinicianRoute route = plan.routes().stream().max(Comparator.comparingInt(r -> r.stops().size())).orElseThrow();
            Set<Long> theirs = ids(route.stops());
            long lastRun = schedule.lastRun(day).map(PlannerRun::getId).orElse(0L);
            long started = System.nanoTime();
            Clinician clinician = clinicians.find(route.clinician().getId()).orElseThrow();
            clinician.addTimeOff(time.startOf(day), time.startOf(day.plusDays(1)), "Leave (disruption benchmark)");
            clinicians.save(clinician);
            PlannerRun run = awaitRunAfter(lastRun);
            long millis = (System.nanoTime() - started) / 1_000_000;
            record("roster change: one clinician's day off (" + theirs.size() + " visits), background re-plan",
                    was, theirs, Set.of(), millis, callList.forDay(day).size(),
                    run == null ? "no re-plan ran" : "");
        }

        private PlannerRun awaitRunAfter(long lastRun) {
            long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
            while (System.nanoTime() < deadline) {
                var run = schedule.lastRun(day).filter(r -> r.getId() > lastRun)
                        .filter(r -> r.getState() != PlannerRun.State.QUEUED && r.getState() != PlannerRun.State.RUNNING);
                if (run.isPresent()) {
                    return run.get();
                }
                sleep(20);
            }
            return null;
        }

        /** The visit a clinician is on (or goes to next) at 09:30 runs 45 min longer. */
        private void runningLate() {
            retell();
            DayPlan plan = dispatch.board(day);
            Snapshot was = Snapshot.of(plan);
            Instant now = time.now();
            InfusionVisit late = null;
            List<InfusionVisit> later = List.of();
            for (ClinicianRoute route : plan.routes()) {
                List<InfusionVisit> stops = route.stops().stream()
                        .filter(v -> v.getPlannedStart().plus(v.getDuration()).isAfter(now)).toList();
                if (stops.size() - 1 > later.size()) {
                    late = stops.get(0);
                    later = stops.subList(1, stops.size());
                }
            }
            if (late == null) {
                rows.add(skipped("running late 45 min", "no visit under way or ahead"));
                return;
            }
            InfusionVisit visit = late;
            timed("running late 45 min (" + later.size() + " later visits of that clinician)", was, ids(later), Set.of(),
                    () -> events.runningLate(visit.getId(), visit.getVersion(), 45, "Disruption benchmark"), "");
        }

        /** A patient cancels a visit after the freeze window: nobody else needs to move. */
        private void cancellation() {
            retell();
            DayPlan plan = dispatch.board(day);
            Snapshot was = Snapshot.of(plan);
            Instant afterFreeze = time.now().plus(Duration.ofMinutes(90));
            InfusionVisit cancelled = plan.routes().stream()
                    .sorted(Comparator.comparingInt((ClinicianRoute r) -> r.stops().size()).reversed())
                    .flatMap(r -> r.stops().stream().filter(v -> v.getPlannedStart().isAfter(afterFreeze)))
                    .findFirst().orElse(null);
            if (cancelled == null) {
                rows.add(skipped("cancellation", "no visit after 11:00"));
                return;
            }
            timed("cancellation", was, Set.of(), Set.of(cancelled.getId()),
                    () -> events.cancel(cancelled.getId(), cancelled.getVersion(), false, "Disruption benchmark"), "");
        }

        /** A patient with nothing planned today needs a one-infusion visit today. */
        private void urgentVisit() {
            retell();
            Snapshot was = board();
            Set<Long> withVisitToday = new HashSet<>();
            DayPlan plan = dispatch.board(day);
            plan.routes().forEach(r -> r.stops().forEach(v -> withVisitToday.add(v.getPlan().getPatient().getId())));
            plan.unassigned().forEach(u -> withVisitToday.add(u.visit().getPlan().getPatient().getId()));
            Patient patient = patients.search("", 0, 200).filter(p -> p.getHomeLocation() != null)
                    .filter(p -> !withVisitToday.contains(p.getId())).max(Comparator.comparing(Patient::getId)).orElseThrow();
            var treatment = events.urgentTreatments().get(0);
            timed("urgent visit (" + treatment.getName() + ", " + treatment.getFirstVisitMinutes() + " min)", was, Set.of(),
                    Set.of(), () -> events.urgentVisit(patient.getId(), treatment.getId()), "");
            Snapshot now = board();
            long placed = now.placed().keySet().stream().filter(id -> !was.placed().containsKey(id)
                    && !was.unassigned().contains(id)).count();
            Row row = rows.remove(rows.size() - 1);
            rows.add(new Row(row.clinic(), row.event(), row.planner(), row.eventPatients(), row.eventMoved(),
                    row.othersMoved(), row.unassignedBefore(), row.unassignedAfter(), row.driveBefore(), row.driveAfter(),
                    row.millis(), row.plannerMillis(), row.callList(), (placed == 1 ? "urgent visit placed"
                    : "urgent visit NOT placed") + (row.note().isEmpty() ? "" : "; " + row.note())));
        }

        /** The clinician with the most visits left calls out from 09:30 for the rest of the day. */
        private void callOut() {
            retell();
            DayPlan plan = dispatch.board(day);
            Snapshot was = Snapshot.of(plan);
            Instant now = time.now();
            ClinicianRoute route = plan.routes().stream().max(Comparator.comparingLong(
                    r -> r.stops().stream().filter(v -> v.getPlannedStart().isAfter(now)).count())).orElseThrow();
            Set<Long> theirs = ids(route.stops().stream().filter(v -> v.getPlannedStart().plus(v.getDuration()).isAfter(now))
                    .toList());
            timed("call-out from 09:30 (" + theirs.size() + " visits not over by then)", was, theirs, Set.of(),
                    () -> events.callOut(route.clinician().getId(), now, "Disruption benchmark"), "");
        }

        private void timed(String event, Snapshot was, Set<Long> theirs, Set<Long> leftOut, Supplier<DayOfOutcome> run,
                           String note) {
            long started = System.nanoTime();
            DayOfOutcome outcome;
            try {
                outcome = run.get();
            } catch (RuntimeException e) {
                System.out.printf("[%s] %s failed: %s%n", planner, event, e);
                rows.add(skipped(event, "failed: " + e.getMessage()));
                return;
            }
            long millis = (System.nanoTime() - started) / 1_000_000;
            String rules = outcome.progress() == null ? "no re-plan"
                    : outcome.progress().feasible() ? "" : String.join("; ", outcome.progress().figures().rulesBroken());
            record(event, was, theirs, leftOut, millis, outcome.patientsToCall().size(),
                    note.isEmpty() ? rules : rules.isEmpty() ? note : note + "; " + rules);
        }

        private void record(String event, Snapshot was, Set<Long> theirs, Set<Long> leftOut, long millis, int toCall,
                            String note) {
            Snapshot now = board();
            var run = schedule.lastRun(day).filter(r -> r.getStartedAt() != null && r.getEndedAt() != null);
            long plannerMillis = run.map(r -> Duration.between(r.getStartedAt(), r.getEndedAt()).toMillis()).orElse(-1L);
            if (run.isEmpty() || run.get().getState() != PlannerRun.State.SAVED) {
                note = "re-plan not saved" + (note.isEmpty() ? "" : "; " + note);
            }
            Set<Long> moved = was.movedIn(now);
            moved.removeAll(leftOut);
            int eventMoved = (int) moved.stream().filter(theirs::contains).count();
            int othersMoved = moved.size() - eventMoved;
            if (othersMoved > 0 && planner.equals("after")) {
                note = (note.isEmpty() ? "" : note + "; ") + "others' moves " + keepingEveryoneElse(note.isEmpty());
            }
            Row row = new Row(clinic, event, planner, theirs.size(),
                    eventMoved, othersMoved, was.unassigned().size(), now.unassigned().size(),
                    was.driveMinutes(), now.driveMinutes(), millis, plannerMillis, toCall, note);
            rows.add(row);
            System.out.printf(Locale.ROOT, "[%s] %s: %d of the event's %d patients moved, %d others; %.1f s%n",
                    planner, event, eventMoved, theirs.size(), row.othersMoved(), millis / 1000.0);
            moved.stream().filter(id -> !theirs.contains(id)).sorted().forEach(id -> System.out.printf(
                    "    other patient moved: visit %d, clinician %d at %s -> %s; in its place: %s%n", id,
                    was.placed().get(id).clinicianId(), time.inClinicZone(was.placed().get(id).start()).toLocalTime(),
                    now.placed().containsKey(id) ? "clinician " + now.placed().get(id).clinicianId() + " at "
                            + time.inClinicZone(now.placed().get(id).start()).toLocalTime() : "not placed",
                    inPlaceOf(id, was, now, theirs)));
        }

        /**
         * The visits that arrived on a moved patient's clinician within two hours of their old start: what the
         * move made room for (the event's own visits marked).
         */
        private static String inPlaceOf(long id, Snapshot was, Snapshot now, Set<Long> theirs) {
            Placement old = was.placed().get(id);
            List<String> newcomers = now.placed().entrySet().stream()
                    .filter(e -> e.getValue().clinicianId() == old.clinicianId())
                    .filter(e -> was.placed().get(e.getKey()) == null
                            || was.placed().get(e.getKey()).clinicianId() != old.clinicianId())
                    .filter(e -> Duration.between(old.start(), e.getValue().start()).abs().compareTo(Duration.ofHours(2)) <= 0)
                    .map(e -> "visit " + e.getKey() + (theirs.contains(e.getKey()) ? " (the event's)" : ""))
                    .sorted().toList();
            return newcomers.isEmpty() ? "no newcomer on that route" : String.join(", ", newcomers);
        }

        /**
         * Solves the day as it now stands again, with every promise kept unless a hard rule needs otherwise
         * (stability above any unassigned visit), and compares: if keeping them leaves more visits unassigned
         * (or breaks a rule the saved re-plan keeps), or moves as many told patients, the moves were needed.
         */
        private String keepingEveryoneElse(boolean savedKeepsEveryRule) {
            SolverConfig config = SolverConfig.createFromXmlResource("solverConfig.xml");
            config.setTerminationConfig(new TerminationConfig().withSpentLimit(Duration.ofSeconds(10))
                    .withUnimprovedSpentLimit(Duration.ofMillis(1500)));
            SolverFactory<InfusionSchedule> solvers = SolverFactory.create(config);
            InfusionSchedule saved = problems.build(this.day, 1, time.now()).schedule();
            SolutionManager.create(solvers).update(saved);
            int savedUnassigned = saved.unassignedVisits().size();
            long savedMoved = saved.getVisits().stream().filter(Visit::movedFromTold).count();
            InfusionSchedule again = problems.build(this.day, 1, time.now()).schedule();
            again.withWeights(PlannerWeights.keepingEveryPromise(again.getConstraintWeightOverrides()));
            InfusionSchedule keeping = solvers.buildSolver().solve(again);
            int unassigned = keeping.unassignedVisits().size();
            long moved = keeping.getVisits().stream().filter(Visit::movedFromTold).count();
            boolean breaks = savedKeepsEveryRule && keeping.getScore().hardScore() < 0;
            String figures = unassigned + " unassigned and " + moved + " told patients moved (the saved re-plan: "
                    + savedUnassigned + " and " + savedMoved + ")";
            String check = unassigned > savedUnassigned || breaks || moved >= savedMoved
                    ? "needed: keeping every other patient gives " + figures + (breaks ? " and breaks a hard rule" : "")
                    : "NOT needed: keeping every other patient gives " + figures;
            System.out.printf("    the others' moves were %s%n", check);
            return check;
        }

        private Row skipped(String event, String why) {
            return new Row(clinic, event, planner, 0, 0, 0, 0, 0, 0, 0, 0, -1, 0, "not run: " + why);
        }

        private static Set<Long> ids(List<InfusionVisit> visits) {
            Set<Long> ids = new HashSet<>();
            visits.forEach(v -> ids.add(v.getId()));
            return ids;
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The planner as it was before issue 11, as far as settings and wrappers can bring it back: problems
     * built from empty routes, and a day-of re-plan that runs a fixed 10 s instead of stopping when it
     * stops improving. (Stability weight 0 is a setting.)
     */
    static final class PlannerBeforeIssue11 implements BeanPostProcessor {

        @Override
        public Object postProcessAfterInitialization(Object bean, String beanName) {
            if (bean instanceof ClinicProblemFactory factory && !(bean instanceof ReplanFromScratch)) {
                return new ReplanFromScratch(factory);
            }
            if (bean instanceof SolverManager<?, ?> manager && !Proxy.isProxyClass(bean.getClass())) {
                return Proxy.newProxyInstance(SolverManager.class.getClassLoader(), new Class<?>[] {SolverManager.class},
                        (proxy, method, arguments) -> {
                            Object result = call(method, manager, arguments);
                            return method.getName().equals("solveBuilder") ? fixedDayOfLimit(result) : result;
                        });
            }
            return bean;
        }

        private static Object fixedDayOfLimit(Object builder) {
            return Proxy.newProxyInstance(SolverJobBuilder.class.getClassLoader(), new Class<?>[] {SolverJobBuilder.class},
                    (proxy, method, arguments) -> {
                        Object[] given = arguments;
                        if (method.getName().equals("withConfigOverride") && arguments[0] instanceof SolverConfigOverride<?> o
                                && o.getTerminationConfig() != null) {
                            given = new Object[] {new SolverConfigOverride<>().withTerminationConfig(
                                    new TerminationConfig().withSpentLimit(BEFORE_DAY_OF_LIMIT))};
                        }
                        Object result = call(method, builder, given);
                        return result == builder ? proxy : result;
                    });
        }

        private static Object call(Method method, Object target, Object[] arguments) throws Throwable {
            try {
                return method.invoke(target, arguments);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }
}
