package care.rounds.database;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Starts the embedded PostgreSQL when {@code spring.datasource.url} (SPRING_DATASOURCE_URL) is not set.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(EmbeddedDatabaseProperties properties) {
        Path dataDir = properties.dataDir().toAbsolutePath().normalize();
        try {
            boolean existing = Files.exists(dataDir.resolve("PG_VERSION"));
            String password = DatabasePassword.readOrCreate(properties.passwordFile());
            EmbeddedPostgres postgres = EmbeddedServer.start(dataDir, properties.clean(), properties.port(), password);
            log.info("Embedded PostgreSQL 17 on {}:{}, data in {} ({})", EmbeddedServer.LOOPBACK, postgres.getPort(),
                    dataDir, existing && !properties.clean() ? "existing data" : "new database");
            return new EmbeddedDatabase(postgres, dataDir, password);
        } catch (IOException | RuntimeException e) {
            throw new EmbeddedDatabaseUnavailableException(dataDir, e);
        }
    }

    @Bean
    DataSource dataSource(EmbeddedDatabase database) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(database.jdbcUrl());
        dataSource.setUsername(EmbeddedServer.USER);
        dataSource.setPassword(database.password());
        dataSource.setPoolName("rounds-embedded");
        dataSource.setMaximumPoolSize(10);
        return dataSource;
    }
}
