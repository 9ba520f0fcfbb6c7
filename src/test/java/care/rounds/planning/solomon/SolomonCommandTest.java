package care.rounds.planning.solomon;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Smoke test on one published instance (read from shared/, never copied into the repository). */
class SolomonCommandTest {

    private static final Path SOLOMON = Path.of("../shared/benchmarks/solomon");

    @Test
    void r101InTenSecondsIsFeasibleAndWithinFivePercentOfTheBestKnown() throws Exception {
        assumeTrue(Files.isDirectory(SOLOMON), "Solomon instances not found next to the repository");
        SolomonRun.Result result = SolomonRun.solve(SOLOMON.resolve("R101.txt"), 10);

        assertThat(result.feasible()).as(result.score()).isTrue();
        assertThat(result.routes().stream().mapToInt(java.util.List::size).sum()).isEqualTo(100);
        assertThat(result.vehicles()).isLessThanOrEqualTo(25);
        double bks = SolomonCommand.readBks(SOLOMON.resolve("BKS.csv")).get("R101");
        assertThat(result.distance()).isLessThan(bks * 1.05);
    }

    @Test
    void routesAreWrittenInCvrplibText() throws Exception {
        assumeTrue(Files.isDirectory(SOLOMON), "Solomon instances not found next to the repository");
        SolomonInstance instance = SolomonInstance.read(SOLOMON.resolve("C101.txt"));
        var result = new SolomonRun.Result(instance, java.util.List.of(java.util.List.of(5, 3), java.util.List.of(7)),
                12.345, "0hard/0medium/0soft", 1, true);
        Path file = Files.createTempFile("C101", ".sol");
        SolomonRun.write(result, file);

        assertThat(Files.readString(file)).isEqualTo("Route #1: 5 3\nRoute #2: 7\nCost 12.35\n");
    }
}
