package care.rounds.planning;

import ai.timefold.solver.core.api.solver.SolverManager;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.spring.boot.autoconfigure.TimefoldSolverAutoConfiguration;
import ai.timefold.solver.spring.boot.autoconfigure.TimefoldSolverBeanFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Timefold's Spring Boot starter finds two constraint providers in this module (the clinic's and
 * Solomon's): solverConfig.xml must pick the clinic's, or the application context fails to start.
 */
@SpringBootTest(classes = PlanningSolverConfigTest.PlanningOnly.class)
class PlanningSolverConfigTest {

    @SpringBootConfiguration
    @AutoConfigurationPackage
    @ImportAutoConfiguration({TimefoldSolverAutoConfiguration.class, TimefoldSolverBeanFactory.class})
    static class PlanningOnly {
    }

    @Autowired
    private SolverConfig solverConfig;

    @Autowired
    private SolverManager<InfusionSchedule, String> solverManager;

    @Test
    void springBuildsTheClinicSolverFromSolverConfigXml() {
        assertThat(solverManager).isNotNull();
        assertThat(solverConfig.getScoreDirectorFactoryConfig().getConstraintProviderClass())
                .isEqualTo(InfusionConstraints.class);
        assertThat(solverConfig.getTerminationConfig().getSpentLimit()).isEqualTo(Duration.ofSeconds(30));
    }
}
