package care.rounds.planning;

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
import jakarta.annotation.security.RolesAllowed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;

/**
 * Plans a horizon of days in the background: at most one run per horizon at a time; every listener
 * hears each better plan as it is found; the final plan is written to the visits in one transaction.
 */
@Service
public class SchedulePlanner {

    private static final Logger log = LoggerFactory.getLogger(SchedulePlanner.class);
    static final long DAY_OF_SECONDS = 10;

    private final SolverManager<InfusionSchedule, String> solverManager;
    private final ClinicProblemFactory problems;
    private final PlanWriter writer;
    private final ClinicTime time;
    private final PlanningSettings settings;
    private final Map<String, ai.timefold.solver.core.api.solver.SolverJob<InfusionSchedule, String>> running =
            new ConcurrentHashMap<>();
    private final List<Consumer<PlanningProgress>> listeners = new CopyOnWriteArrayList<>();
    private final Map<Long, String> explanations = new ConcurrentHashMap<>();
    private final Map<String, PlanningProgress> lastProgress = new ConcurrentHashMap<>();
    private final SolutionManager<InfusionSchedule, HardMediumSoftLongScore> solutionManager;
    private final VisitExplainer explainer;

    SchedulePlanner(SolverManager<InfusionSchedule, String> solverManager, ClinicProblemFactory problems,
                    PlanWriter writer, ClinicTime time, PlanningSettings settings,
                    SolutionManager<InfusionSchedule, HardMediumSoftLongScore> solutionManager) {
        this.solutionManager = solutionManager;
        this.explainer = new VisitExplainer(time);
        this.solverManager = solverManager;
        this.problems = problems;
        this.writer = writer;
        this.time = time;
        this.settings = settings;
    }

    /** Starts planning the default horizon from today; returns its key (a second call joins the first). */
    @RolesAllowed("COORDINATOR")
    public String planFromToday() {
        return plan(time.today(), settings.horizonDays());
    }

    @RolesAllowed("COORDINATOR")
    public String plan(LocalDate from, int days) {
        return start(from, days, null);
    }

    /** Starts planning without a signed-in user (the demo clinic at start-up). */
    public String planInBackground(LocalDate from, int days) {
        return start(from, days, null);
    }

    /**
     * Re-plans one day after a day-of event (a call-out, a cancellation, an overrun), keeping started
     * and frozen visits, within {@value #DAY_OF_SECONDS} seconds, and waits for the result.
     */
    @RolesAllowed("COORDINATOR")
    public PlanningProgress replanDay(LocalDate day) {
        return planAndWait(day, 1, Duration.ofSeconds(DAY_OF_SECONDS));
    }

    /** Plans and waits for the result: for start-up and tests, where no user is signed in. */
    public PlanningProgress planAndWait(LocalDate from, int days) {
        return planAndWait(from, days, null);
    }

    private PlanningProgress planAndWait(LocalDate from, int days, Duration limit) {
        String horizon = start(from, days, limit);
        var job = running.get(horizon);
        try {
            if (job != null) {
                job.getFinalBestSolution();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException("Planning " + horizon + " failed", e.getCause());
        }
        return lastProgress.get(horizon);
    }

    private synchronized String start(LocalDate from, int days, Duration limit) {
        String horizon = from + " + " + days + " days";
        if (running.containsKey(horizon)) {
            return horizon;
        }
        ClinicProblem problem = problems.build(from, days, time.now());
        log.info("Planning {}: {} visits, {} clinician days", horizon, problem.schedule().getVisits().size(),
                problem.schedule().getShifts().size());
        var job = solverManager.solveBuilder()
                .withProblemId(horizon)
                .withProblem(problem.schedule())
                .withConfigOverride(limit == null ? new SolverConfigOverride<>()
                        : new SolverConfigOverride<InfusionSchedule>().withTerminationConfig(
                                new TerminationConfig().withSpentLimit(limit)))
                .withBestSolutionConsumer(best -> publish(horizon, best, false, 0))
                .withFinalBestSolutionConsumer(best -> finish(horizon, problem, best))
                .withExceptionHandler((id, error) -> {
                    running.remove(horizon);
                    log.error("Planning {} failed", horizon, error);
                })
                .run();
        running.put(horizon, job);
        return horizon;
    }

    private void finish(String horizon, ClinicProblem problem, InfusionSchedule best) {
        List<Long> skipped = List.of();
        try {
            remember(problem, best);
            skipped = writer.write(problem, best);
            log.info("Planned {}: score {}, {} unassigned, {} changed meanwhile and kept", horizon, best.getScore(),
                    best.unassignedVisits().size(), skipped.size());
        } finally {
            // No longer running before anyone hears "finished": a screen that asks then sees it done.
            running.remove(horizon);
        }
        publish(horizon, best, true, skipped.size());
    }

    private void remember(ClinicProblem problem, InfusionSchedule best) {
        var analysis = solutionManager.analyze(best);
        explainer.explain(best, analysis).forEach((planningId, sentence) ->
                explanations.put(problem.visits().get(planningId).getId(), sentence));
    }

    /**
     * Why a visit is unassigned, or what its assignment costs, as of the last planning run that
     * included it; empty before any run.
     */
    public java.util.Optional<String> explanation(long visitId) {
        return java.util.Optional.ofNullable(explanations.get(visitId));
    }

    /** Records why a visit was taken off a route outside a planning run (a roster change, say). */
    void rememberReason(long visitId, String reason) {
        explanations.put(visitId, reason);
    }

    /** Stops a run early; the best plan so far is written as usual. */
    @RolesAllowed("COORDINATOR")
    public void stop(String horizon) {
        solverManager.terminateEarly(horizon);
    }

    public boolean isPlanning(String horizon) {
        return running.containsKey(horizon);
    }

    /** Hears every improvement of every run; remove the listener when the screen closes. */
    public Runnable onProgress(Consumer<PlanningProgress> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    private void publish(String horizon, InfusionSchedule schedule, boolean finished, int skipped) {
        int unassigned = schedule.unassignedVisits().size();
        var score = schedule.getScore();
        PlanningProgress progress = new PlanningProgress(horizon, String.valueOf(score),
                score != null && score.hardScore() == 0, schedule.getVisits().size() - unassigned, unassigned,
                finished, skipped);
        lastProgress.put(horizon, progress);
        listeners.forEach(listener -> listener.accept(progress));
    }
}
