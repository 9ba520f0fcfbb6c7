package care.rounds.journeys;

import care.rounds.Browser;
import care.rounds.RoundsIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tests run Vaadin in development mode, as the README's {@code ./mvnw spring-boot:run} does (with the
 * development tools switched off for the journeys' screenshots, application-test.properties): the office
 * pages load Vaadin's client, which draws the development tools in that run; the public consultation
 * pages load no Vaadin script at all, so the "Development Mode" popup cannot appear on them.
 */
@RoundsIntegrationTest
class PublicPageDevModeJourneyIT {

    private static final String DEV_TOOLS = "return document.querySelectorAll('vaadin-dev-tools, copilot-main').length";
    private static final String VAADIN_SCRIPTS = "return Array.from(document.scripts).filter(s => /VAADIN|vaadin/.test(s.src"
            + " + s.textContent)).length";

    @LocalServerPort
    int port;

    @Test
    void theDevelopmentPopupNeverShowsOnThePublicPagesButDoesOnTheOffices() {
        try (Browser browser = Browser.open(port, 390, 844)) {
            browser.onFailureScreenshot("public-page-dev-mode-failed", () -> {
                for (String page : new String[]{"consultation", "consultation/fragment", "consultation/thanks"}) {
                    browser.driver().get("http://localhost:" + port + "/" + page);
                    pause();
                    assertThat(((Number) browser.script(DEV_TOOLS)).intValue()).as(page).isZero();
                    assertThat(((Number) browser.script(VAADIN_SCRIPTS)).intValue()).as(page).isZero();
                    assertThat(browser.pageText()).as(page).doesNotContainIgnoringCase("development mode");
                }
                browser.screenshot("public-page-dev-mode-390");

                browser.go("login");
                assertThat(((Number) browser.script(VAADIN_SCRIPTS)).intValue()).as("an office page loads Vaadin").isPositive();
            });
        }
    }

    private static void pause() {
        try {
            Thread.sleep(1500); // the development tools draw themselves shortly after the page loads
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
