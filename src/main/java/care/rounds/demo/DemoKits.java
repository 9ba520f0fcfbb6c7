package care.rounds.demo;

import care.rounds.custody.CustodyRecord;
import care.rounds.security.SystemActor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;

/**
 * The demo clinic's ketamine dose kits, in the safe: added once, right after the demo clinic is seeded.
 */
@Component
@Order(11)
@ConditionalOnProperty(name = "rounds.demo.enabled", havingValue = "true", matchIfMissing = true)
class DemoKits implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoKits.class);

    private final DemoClinic clinic;
    private final CustodyRecord custody;

    DemoKits(DemoClinic clinic, CustodyRecord custody) {
        this.clinic = clinic;
        this.custody = custody;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!clinic.seededThisStart()) {
            return;
        }
        SystemActor.office("Demo clinic set-up").run(() -> {
            for (int i = 1; i <= 6; i++) {
                String lot = i <= 4 ? "KET-2611-A" : "KET-2612-B";
                custody.addKitAtStartUp(String.format("K-%03d", 100 + i), lot, new BigDecimal(i <= 4 ? "100" : "200"));
            }
        });
        log.info("Demo clinic: 6 ketamine dose kits in the safe (lots KET-2611-A and KET-2612-B)");
    }
}
