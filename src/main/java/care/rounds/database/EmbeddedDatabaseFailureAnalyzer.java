package care.rounds.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Says why the embedded database did not start and how to run Rounds against a PostgreSQL server.
 */
class EmbeddedDatabaseFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedDatabaseUnavailableException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedDatabaseUnavailableException cause) {
        String description = cause.getMessage()
                + "\nWhen Rounds runs as root it starts PostgreSQL inside a user namespace (unshare -U);"
                + " some containers block user namespaces, and another PostgreSQL still running on the same"
                + " data folder (" + cause.dataDir() + ") also stops it.";
        String action = """
                Either stop whatever holds the data folder and start again, or use a PostgreSQL server:
                    SPRING_DATASOURCE_URL=jdbc:postgresql://localhost:5432/rounds \\
                    SPRING_DATASOURCE_USERNAME=rounds SPRING_DATASOURCE_PASSWORD=... ./mvnw spring-boot:run
                (docker compose up starts one with the app; see README.md, "Your own PostgreSQL").""";
        return new FailureAnalysis(description, action, cause);
    }
}
