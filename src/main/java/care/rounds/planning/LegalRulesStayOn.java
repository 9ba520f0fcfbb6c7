package care.rounds.planning;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

import java.util.List;
import java.util.Map;

/**
 * Refuses to start the application when its settings weigh a legal or safety rule (credential, licence, dose
 * kits, one visit per patient per day, a road for every leg) at 0 or less: such a weight would let the
 * planner break the law without anyone seeing it. Checked on the application's settings, before anything
 * starts; the Solomon benchmark's own weights (which switch off the clinic's rules for a problem that has
 * none) are not settings and are not concerned.
 */
class LegalRulesStayOn implements EnvironmentPostProcessor, Ordered {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Long> weights = Binder.get(environment)
                .bind("rounds.planning.weights", Bindable.mapOf(String.class, Long.class)).orElse(Map.of());
        List<PlanningConstraint> off = ClinicalRuleKinds.LEGAL_AND_SAFETY.stream()
                .filter(rule -> weights.getOrDefault(rule.key(), rule.defaultWeightValue()) <= 0)
                .toList();
        if (!off.isEmpty()) {
            throw new LegalRuleSwitchedOff(off);
        }
    }

    /** After the application's settings files are read. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
