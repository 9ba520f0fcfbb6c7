package care.rounds.planning;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverConfigOverride;
import ai.timefold.solver.core.api.solver.SolverManager;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import care.rounds.base.ClinicTime;
import care.rounds.planning.clinic.ClinicProblem;
import care.rounds.planning.clinic.ClinicProblemFactory;
import care.rounds.planning.clinic.PlanWriter;
import care.rounds.planning.clinic.VisitExplainer;
import care.rounds.security.CurrentUser;
import care.rounds.security.SystemActor;
import care.rounds.visits.PlannerResultWritten;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RolesAllowed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;

/**
 * Plans days in the background. Every run is a record ({@link PlannerRun}): who started it and why, what
 * it did, kept in the database with each visit's explanation, so both survive a restart. Runs whose days
 * overlap are queued, one after the other; a second request for the same days joins the first. Every
 * listener hears each better plan as it is found; the final plan is written through the visits' one door
 * by the planner, signed in as its run.
 */
@Service
public class SchedulePlanner {

    private static final Logger log = LoggerFactory.getLogger(SchedulePlanner.class);
    /** A day-of re-plan stops after this long without improving, and after {@link #DAY_OF_LIMIT} at most. */
    static final Duration DAY_OF_UNIMPROVED = Duration.ofMillis(1500);
    static final Duration DAY_OF_LIMIT = Duration.ofSeconds(10);

    private final SolverManager<InfusionSchedule, String> solverManager;
    private final SolutionManager<InfusionSchedule, HardMediumSoftLongScore> solutionManager;
    private final ClinicProblemFactory problems;
    private final PlanWriter writer;
    private final VisitExplainer explainer;
    private final PlannerRunRepository runs;
    private final VisitExplanationRepository explanations;
    private final CurrentUser currentUser;
    private final ClinicTime time;
    private final PlanningSettings settings;
    private final List<Consumer<PlanningProgress>> listeners = new CopyOnWriteArrayList<>();
    /** Runs started or waiting, in the order they were asked for. */
    private final Map<String, Job> jobs = new LinkedHashMap<>();
    /**
     * A run's record is written in a transaction of its own: a run may be asked for while another
     * transaction completes (a roster change re-plans after its commit) and must be kept either way.
     */
    private final TransactionTemplate ownTransaction;

    private final PinnedVisitRecheck pinnedVisits;

    SchedulePlanner(SolverManager<InfusionSchedule, String> solverManager, ClinicProblemFactory problems,
                    PlanWriter writer, ClinicTime time, PlanningSettings settings,
                    SolutionManager<InfusionSchedule, HardMediumSoftLongScore> solutionManager,
                    PlannerRunRepository runs, VisitExplanationRepository explanations, CurrentUser currentUser,
                    PlatformTransactionManager transactions, PinnedVisitRecheck pinnedVisits) {
        this.pinnedVisits = pinnedVisits;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.solverManager = solverManager;
        this.solutionManager = solutionManager;
        this.problems = problems;
        this.writer = writer;
        this.explainer = new VisitExplainer(time);
        this.runs = runs;
        this.explanations = explanations;
        this.currentUser = currentUser;
        this.time = time;
        this.settings = settings;
    }

    /** A run the application was doing when it stopped did not save anything: its record says so. */
    @PostConstruct
    void interruptRunsLeftByAStop() {
        int interrupted = runs.interruptUnfinished(time.now());
        if (interrupted > 0) {
            log.info("{} planning runs were unfinished when the application stopped; marked interrupted", interrupted);
        }
    }

    /** Starts planning the default horizon from today; returns its key (a second call joins the first). */
    @RolesAllowed("COORDINATOR")
    public String planFromToday() {
        return plan(time.today(), settings.horizonDays(), "Optimize, the next " + settings.horizonDays() + " days");
    }

    @RolesAllowed("COORDINATOR")
    public String plan(LocalDate from, int days) {
        return plan(from, days, "Optimize");
    }

    /** Starts (or queues) planning these days; {@code why} is kept on the run's record. */
    @RolesAllowed("COORDINATOR")
    public String plan(LocalDate from, int days, String why) {
        return submit(from, days, why, null).horizon;
    }

    /** Plans and waits for the saved result. */
    @RolesAllowed("COORDINATOR")
    public PlanningProgress planAndWait(LocalDate from, int days) {
        return planAndWait(from, days, "Planning requested and awaited");
    }

    @RolesAllowed("COORDINATOR")
    public PlanningProgress planAndWait(LocalDate from, int days, String why) {
        return await(submit(from, days, why, null));
    }

    /**
     * Re-plans one day after a day-of event (a call-out, a cancellation, an overrun), keeping started and
     * frozen visits, and waits for the result: it stops as soon as it stops improving.
     */
    @RolesAllowed("COORDINATOR")
    public PlanningProgress replanDay(LocalDate day, String why) {
        return await(submit(day, 1, why, new TerminationConfig().withSpentLimit(DAY_OF_LIMIT)
                .withUnimprovedSpentLimit(DAY_OF_UNIMPROVED)));
    }

    @RolesAllowed("COORDINATOR")
    public PlanningProgress replanDay(LocalDate day) {
        return replanDay(day, "Day-of re-plan");
    }

    /**
     * Why a visit is unassigned, or what its assignment costs, as of the last planning run that included
     * it (or the roster change that took it off a route); empty before any.
     */
    public Optional<String> explanation(long visitId) {
        return explanations.findById(visitId).map(VisitExplanation::getSentence);
    }

    /** The explanations of these visits that exist, by visit id. */
    public Map<Long, String> explanations(Collection<Long> visitIds) {
        Map<Long, String> byVisit = new LinkedHashMap<>();
        explanations.findAllById(visitIds).forEach(e -> byVisit.put(e.getVisitId(), e.getSentence()));
        return byVisit;
    }

    /** The newest run that planned this day, finished or not. */
    @RolesAllowed("COORDINATOR")
    public Optional<PlannerRun> lastRun(LocalDate day) {
        return runs.latestCovering(day).stream().findFirst();
    }

    /** Records why a visit was taken off a route outside a planning run (a roster change, say). */
    void rememberReason(long visitId, String reason) {
        explanations.save(new VisitExplanation(visitId, null, reason, time.now()));
    }

    /** Stops a run early; the best plan so far is written as usual. */
    @RolesAllowed("COORDINATOR")
    public void stop(String horizon) {
        synchronized (this) {
            Job job = jobs.get(horizon);
            if (job != null) {
                job.stopAsked = true;
            }
        }
        solverManager.terminateEarly(horizon);
        solverManager.terminateEarly(secondPassId(horizon));
    }

    /** The days are being planned, or wait for a run of overlapping days to finish. */
    public synchronized boolean isPlanning(String horizon) {
        return jobs.containsKey(horizon);
    }

    /** Hears every improvement of every run; remove the listener when the screen closes. */
    public Runnable onProgress(Consumer<PlanningProgress> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    static String horizonOf(LocalDate from, int days) {
        return from + " + " + days + " days";
    }

    private synchronized Job submit(LocalDate from, int days, String why, TerminationConfig termination) {
        String horizon = horizonOf(from, days);
        Job existing = jobs.get(horizon);
        if (existing != null) {
            return existing;
        }
        PlannerRun run = record(new PlannerRun(currentUser.actorName(), why, from, days, time.now()));
        Job job = new Job(horizon, run, termination);
        jobs.put(horizon, job);
        if (overlapsAStartedJob(job)) {
            log.info("Planning {} (run {}) waits for a run of overlapping days", horizon, run.getId());
        } else {
            launch(job);
        }
        return job;
    }

    private PlannerRun record(PlannerRun run) {
        PlannerRun saved = ownTransaction.execute(status -> runs.save(run));
        if (run.getId() == null) {
            run.identify(saved.getId());
        }
        return run;
    }

    private boolean overlapsAStartedJob(Job job) {
        return jobs.values().stream().anyMatch(other -> other != job && other.started
                && other.run.overlaps(job.run.getFirstDay(), job.run.getDayCount()));
    }

    private void launch(Job job) {
        job.started = true;
        checkPinnedVisits(job);
        try {
            ClinicProblem problem = problems.build(job.run.getFirstDay(), job.run.getDayCount(), time.now());
            job.run.started(time.now());
            record(job.run);
            log.info("Planning {} (run {}): {} visits, {} clinician days", job.horizon, job.run.getId(),
                    problem.schedule().getVisits().size(), problem.schedule().getShifts().size());
            InfusionSchedule schedule = problem.schedule();
            var clinicWeights = schedule.getConstraintWeightOverrides();
            if (schedule.getVisits().stream().noneMatch(Visit::wasTold)) {
                solve(job, job.horizon, schedule, best -> finish(job, problem, best));
                return;
            }
            schedule.withWeights(PlannerWeights.keepingEveryPromise(clinicWeights));
            solve(job, job.horizon, schedule, kept -> secondPass(job, problem, kept, clinicWeights));
        } catch (RuntimeException error) {
            failed(job, error);
        }
    }

    /**
     * Before the run reads the days, their pinned visits are checked again: the run keeps them where they are,
     * so one that breaks a rule now (after a change the run cannot undo) is flagged for a person on the board.
     * A failure of the check does not stop the run.
     */
    private void checkPinnedVisits(Job job) {
        try {
            pinnedVisits.recheck(job.run.getFirstDay(), job.run.getDayCount(),
                    "Rule check before planning run " + job.run.getId());
        } catch (RuntimeException error) {
            log.warn("Pinned visits could not be checked before planning run {}", job.run.getId(), error);
        }
    }

    /**
     * The first pass kept every told patient where they were told unless a hard rule needed otherwise. If it
     * placed every visit and keeps every rule, it is the plan; otherwise the clinic's own weights decide, from
     * there, whether moving a told patient places a visit: so no patient is moved for nothing.
     */
    private void secondPass(Job job, ClinicProblem problem, InfusionSchedule kept,
                            ConstraintWeightOverrides<HardMediumSoftLongScore> clinicWeights) {
        try {
            kept.withWeights(clinicWeights);
            solutionManager.update(kept);
            if (job.stopAsked || placesEveryVisitWithinTheRules(kept)) {
                finish(job, problem, kept);
                return;
            }
            solve(job, secondPassId(job.horizon), kept, best -> finish(job, problem, best));
        } catch (RuntimeException error) {
            failed(job, error);
        }
    }

    /** A first pass that placed every visit and broke no rule needs no second: nobody told has to move. */
    static boolean placesEveryVisitWithinTheRules(InfusionSchedule kept) {
        return kept.unassignedVisits().isEmpty() && kept.getScore().hardScore() >= 0;
    }

    private static String secondPassId(String horizon) {
        return horizon + ", second pass";
    }

    private void solve(Job job, String id, InfusionSchedule schedule, Consumer<InfusionSchedule> whenDone) {
        solverManager.solveBuilder()
                .withProblemId(id)
                .withProblem(schedule)
                .withConfigOverride(job.termination == null ? new SolverConfigOverride<>()
                        : new SolverConfigOverride<InfusionSchedule>().withTerminationConfig(job.termination))
                .withBestSolutionConsumer(best -> publish(job, PlanFigures.of(best, null)))
                .withFinalBestSolutionConsumer(whenDone)
                .withExceptionHandler((failedId, error) -> failed(job, error))
                .run();
    }

    private void finish(Job job, ClinicProblem problem, InfusionSchedule best) {
        try {
            var analysis = solutionManager.analyze(best);
            PlanFigures figures = PlanFigures.of(best, analysis);
            long runId = job.run.getId();
            List<VisitExplanation> sentences = new ArrayList<>();
            explainer.explain(best, analysis).forEach((planningId, sentence) -> sentences.add(
                    new VisitExplanation(problem.visits().get(planningId).getId(), runId, sentence, time.now())));
            problem.windowClosed().forEach(visitId -> sentences.add(
                    new VisitExplanation(visitId, runId, windowClosed(), time.now())));
            // The plan, its explanations and the run's "saved" record commit together: a stop in between
            // leaves either all of them or none (the run then reads interrupted, truthfully).
            PlannerResultWritten written = ownTransaction.execute(status -> {
                PlannerResultWritten result = SystemActor.planner(runId).call(() -> {
                    explanations.saveAll(sentences);
                    return writer.write(problem, best);
                });
                job.run.saved(time.now(), figures, result.moved());
                runs.save(job.run);
                return result;
            });
            log.info("Planned {} (run {}): {}; {} changed meanwhile and kept", job.horizon, runId,
                    figures.inWords(), written.changedMeanwhile().size());
            done(job);
            PlanningProgress saved = new PlanningProgress(job.horizon, runId, figures, true,
                    written.changedMeanwhile().size());
            tell(saved);
            job.result.complete(saved);
        } catch (RuntimeException error) {
            failed(job, error);
        }
    }

    /** Why a visit the run left out is unplaced: its window closes within the time the plan keeps as it is. */
    private String windowClosed() {
        return "Its time window closes within the next " + settings.freezeMinutes() + " minutes, which the plan keeps "
                + "as it is, so the planner can no longer place it: agree a new time with the patient and move it.";
    }

    private void failed(Job job, Throwable error) {
        log.error("Planning {} (run {}) failed", job.horizon, job.run.getId(), error);
        job.run.ended(PlannerRun.State.FAILED, time.now(), "The planner failed; nothing of this run was saved.");
        record(job.run);
        done(job);
        job.result.completeExceptionally(error);
    }

    /** The job is no longer running (before anyone hears it finished); waiting runs may start now. */
    private synchronized void done(Job job) {
        jobs.remove(job.horizon);
        for (Job waiting : List.copyOf(jobs.values())) {
            if (!waiting.started && !overlapsAStartedJob(waiting)) {
                launch(waiting);
            }
        }
    }

    private PlanningProgress await(Job job) {
        try {
            return job.result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while planning " + job.horizon);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Planning " + job.horizon + " failed", e.getCause());
        }
    }

    private void publish(Job job, PlanFigures figures) {
        tell(new PlanningProgress(job.horizon, job.run.getId(), figures, false, 0));
    }

    /** A screen that fails to show progress must not stop the run it listens to. */
    private void tell(PlanningProgress progress) {
        for (Consumer<PlanningProgress> listener : listeners) {
            try {
                listener.accept(progress);
            } catch (RuntimeException screenFailed) {
                log.warn("A planning progress listener failed on run {}", progress.runId(), screenFailed);
            }
        }
    }

    private static final class Job {
        private final String horizon;
        private final PlannerRun run;
        private final TerminationConfig termination;
        private final CompletableFuture<PlanningProgress> result = new CompletableFuture<>();
        private boolean started;
        private volatile boolean stopAsked;

        Job(String horizon, PlannerRun run, TerminationConfig termination) {
            this.horizon = horizon;
            this.run = run;
            this.termination = termination;
        }
    }
}
