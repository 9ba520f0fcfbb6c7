package care.rounds.database;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.diagnostics.FailureAnalysis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedDatabaseFailureTest {

    @Test
    void aDatabaseThatCannotStartStopsTheAppWithAdviceToUseAServer(@TempDir Path folder) throws IOException {
        Path notAFolder = Files.writeString(folder.resolve("postgres"), "in the way");
        var properties = new EmbeddedDatabaseProperties(notAFolder, false, 0);

        Throwable failure = catchFailure(() -> new EmbeddedDatabaseConfiguration().embeddedDatabase(properties));

        assertThat(failure).isInstanceOf(EmbeddedDatabaseUnavailableException.class)
                .hasMessageContaining("could not start").hasMessageContaining(notAFolder.toString());
        FailureAnalysis analysis = new EmbeddedDatabaseFailureAnalyzer().analyze(failure);
        assertThat(analysis.getDescription()).contains("user namespace");
        assertThat(analysis.getAction()).contains("SPRING_DATASOURCE_URL").contains("docker compose up");
    }

    private static Throwable catchFailure(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            return e;
        }
        throw new AssertionError("expected the embedded database to fail");
    }
}
