package care.rounds;

import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The whole application against a real embedded PostgreSQL in a fresh folder under target/, the
 * Atlanta map and the demo clinic, served on a random port for the browser journeys. All integration tests share one
 * context (keep it that way: each extra context starts another database and map). {@link ShiftedClock} runs them at
 * another time of day when asked.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = {RoundsApplication.class, ShiftedClock.class}, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@AutoConfigureMockMvc
public @interface RoundsIntegrationTest {
}
