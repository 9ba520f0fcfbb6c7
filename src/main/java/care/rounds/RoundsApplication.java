package care.rounds;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.PWA;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

import java.time.Clock;

/**
 * Rounds: scheduling and dispatch for clinics that give infusions in patients' homes.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@Push
@PWA(name = "Rounds", shortName = "Rounds")
public class RoundsApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(RoundsApplication.class, args);
    }

    /** The one source of "now": tests replace it with a fixed clock. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
