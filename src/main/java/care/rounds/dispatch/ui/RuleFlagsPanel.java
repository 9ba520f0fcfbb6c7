package care.rounds.dispatch.ui;

import care.rounds.planning.DayRuleCheck;
import care.rounds.planning.RuleFlag;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;

import java.time.LocalDate;
import java.util.List;

/**
 * The clinic's rules on the board's day: every rule broken by a visit as planned (a pinned visit after a
 * roster, protocol or address change, say), with the call to make, and every timing exception the office made,
 * with its reason. Hidden when the day keeps every rule.
 */
class RuleFlagsPanel extends Div {

    private final DayRuleCheck check;

    RuleFlagsPanel(DayRuleCheck check) {
        this.check = check;
        setId("rule-flags");
        setWidthFull();
    }

    void show(LocalDate day) {
        removeAll();
        List<RuleFlag> flags = check.flagsOn(day);
        setVisible(!flags.isEmpty());
        if (flags.isEmpty()) {
            return;
        }
        add(new H3("Clinic rules on this day"));
        for (RuleFlag flag : flags) {
            Div line = new Div((flag.exception() ? "⚠ Exception: " : "⛔ Rule broken: ") + flag.words());
            line.getStyle().set("color", flag.exception() ? "var(--lumo-warning-text-color, var(--lumo-body-text-color))"
                    : "var(--lumo-error-text-color)");
            line.addClassName(flag.exception() ? "rule-exception" : "rule-broken");
            add(line);
        }
    }
}
