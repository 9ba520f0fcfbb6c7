package care.rounds.planning.solomon;

import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverConfigOverride;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import care.rounds.planning.InfusionSchedule;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Solves one Solomon instance with {@code solomonSolverConfig.xml} for a wall-clock budget that
 * includes building the model, and writes the routes in CVRPLIB text.
 */
final class SolomonRun {

    static final String SOLVER_CONFIG = "solomonSolverConfig.xml";

    /** One factory per config for a whole batch: reading and validating the config is not the solver's work. */
    private static final Map<String, SolverFactory<InfusionSchedule>> FACTORIES = new ConcurrentHashMap<>();

    private SolomonRun() {
    }

    record Result(SolomonInstance instance, List<List<Integer>> routes, double distance, String score,
                  double seconds, boolean feasible) {

        int vehicles() {
            return routes.size();
        }
    }

    static Result solve(Path instanceFile, double seconds) throws IOException {
        quietSolverLog();
        long started = System.nanoTime();
        SolomonInstance instance = SolomonInstance.read(instanceFile);
        InfusionSchedule problem = SolomonProblem.toSchedule(instance);
        String configResource = System.getProperty("solomon.solver-config", SOLVER_CONFIG);
        long budgetMillis = Math.round(seconds * 1000);
        Solver<InfusionSchedule> solver = FACTORIES.computeIfAbsent(configResource,
                        resource -> SolverFactory.create(SolverConfig.createFromXmlResource(resource)))
                .buildSolver(new SolverConfigOverride<InfusionSchedule>()
                        .withTerminationConfig(new TerminationConfig().withMillisecondsSpentLimit(budgetMillis)));
        // The budget is wall clock from reading the file, like the peers' (building the solver
        // compiles the constraints, which takes a while in a fresh JVM): stop at that deadline.
        long deadlineNanos = started + budgetMillis * 1_000_000;
        Thread stopper = new Thread(() -> {
            try {
                Thread.sleep(Math.max(0, (deadlineNanos - System.nanoTime()) / 1_000_000));
                solver.terminateEarly();
            } catch (InterruptedException finished) {
                Thread.currentThread().interrupt();
            }
        }, "solomon-deadline");
        stopper.setDaemon(true);
        stopper.start();
        InfusionSchedule best = solver.solve(problem);
        stopper.interrupt();
        double elapsed = (System.nanoTime() - started) / 1e9;
        List<List<Integer>> routes = SolomonProblem.routes(best);
        boolean feasible = best.getScore().isFeasible() && best.getScore().mediumScore() == 0;
        return new Result(instance, routes, SolomonProblem.distance(instance, routes), best.getScore().toString(),
                elapsed, feasible);
    }

    /**
     * Outside Spring nobody configures logging, and Logback's default (DEBUG) makes Timefold log
     * every step, which costs a good share of the search: keep it at INFO.
     */
    private static void quietSolverLog() {
        if (org.slf4j.LoggerFactory.getLogger("ai.timefold") instanceof ch.qos.logback.classic.Logger logger
                && logger.getLevel() == null) {
            logger.setLevel(ch.qos.logback.classic.Level.INFO);
        }
    }

    /** CVRPLIB text: one {@code Route #k: c1 c2 ...} line per non-empty vehicle, then {@code Cost X}. */
    static void write(Result result, Path file) throws IOException {
        StringBuilder text = new StringBuilder();
        for (int r = 0; r < result.routes().size(); r++) {
            text.append("Route #").append(r + 1).append(':');
            for (int customer : result.routes().get(r)) {
                text.append(' ').append(customer);
            }
            text.append('\n');
        }
        text.append(String.format(Locale.ROOT, "Cost %.2f%n", result.distance()));
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        Files.writeString(file, text);
    }
}
