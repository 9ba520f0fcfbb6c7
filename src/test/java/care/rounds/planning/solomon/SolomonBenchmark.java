package care.rounds.planning.solomon;

import ai.timefold.solver.benchmark.api.PlannerBenchmarkFactory;

/**
 * Timefold's benchmarker on Solomon instances ({@code solomonBenchmarkConfig.xml}): our phases
 * against Timefold's stock list moves, with an HTML report in target/benchmarks/solomon.
 * Run with {@code ./mvnw -Psolomon-benchmark test-compile exec:java} from the repository root.
 */
public final class SolomonBenchmark {

    private SolomonBenchmark() {
    }

    public static void main(String[] args) {
        PlannerBenchmarkFactory.createFromXmlResource("solomonBenchmarkConfig.xml")
                .buildPlannerBenchmark()
                .benchmark();
    }
}
