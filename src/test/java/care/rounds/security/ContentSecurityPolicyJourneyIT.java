package care.rounds.security;

import care.rounds.Browser;
import care.rounds.RoundsIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The screens under the Content-Security-Policy in Chromium: the login page, signing in through the
 * form (which must send its CSRF token), the board and the public consultation form, without one
 * blocked script, style, image or connection.
 */
@RoundsIntegrationTest
class ContentSecurityPolicyJourneyIT {

    /** Collects every CSP violation the page reports, from the first script on. */
    private static final String RECORD_VIOLATIONS = """
            window.__cspViolations = [];
            document.addEventListener('securitypolicyviolation',
                e => window.__cspViolations.push(e.violatedDirective + ' blocked ' + e.blockedURI));
            """;

    @LocalServerPort
    int port;

    @Test
    void loginBoardAndPublicFormWorkWithoutAViolation() {
        try (Browser browser = Browser.open(port, 1440, 1000)) {
            browser.driver().executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", RECORD_VIOLATIONS));

            browser.go("login");
            assertThat(violations(browser)).as("login page").isEmpty();
            browser.screenshot("csp-login");

            browser.signIn("coordinator", "coordinator-demo-2026");
            browser.go("board");
            browser.waitForText("Unassigned");
            assertThat(violations(browser)).as("board").isEmpty();
            browser.screenshot("csp-board");

            browser.go("audit");
            assertThat(violations(browser)).as("a coordinator is refused the audit screen without a violation").isEmpty();

            browser.go("consultation");
            assertThat(violations(browser)).as("public consultation form").isEmpty();
        }
        try (Browser manager = Browser.open(port, 1440, 900)) {
            manager.driver().executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", RECORD_VIOLATIONS));
            manager.signIn("manager", "manager-demo-2026");
            manager.go("audit");
            manager.waitForText("Signed in");
            assertThat(violations(manager)).as("audit screen").isEmpty();
            manager.screenshot("audit-screen");
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> violations(Browser browser) {
        Object found = browser.script("return window.__cspViolations || []");
        return (List<String>) found;
    }
}
