package care.rounds;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.WebDriver;

import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** axe-core (Deque) in the browser journeys: WCAG 2.0-2.2 level A and AA rules on the page as shown. */
public final class Accessibility {

    private static final List<String> WCAG_A_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private Accessibility() {
    }

    public static void assertNoViolations(WebDriver driver, String what) {
        Results results = new AxeBuilder().withTags(WCAG_A_AA).analyze(driver);
        assertThat(results.getPasses()).as("axe-core ran its checks on %s", what).isNotEmpty();
        List<Rule> violations = results.getViolations();
        assertThat(violations).as("axe-core on %s: %s", what, violations.stream()
                .map(v -> v.getId() + " (" + v.getHelp() + ") at " + v.getNodes().stream()
                        .map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; "))).isEmpty();
    }
}
