package care.rounds.journeys;

import care.rounds.Browser;
import care.rounds.RoundsIntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The coordinator opens a patient in a real browser: the full address (number, street, unit, city,
 * state, ZIP) and the pin on the map at the home; then types an address the map does not have and is
 * told so, with what was typed kept.
 */
@RoundsIntegrationTest
class PatientAddressJourneyIT {

    private static final String PIN_SHOWN = "return document.getElementById('patient-home-map').shadowRoot"
            + ".querySelectorAll('.leaflet-marker-icon').length";

    @LocalServerPort
    int port;

    @Test
    void thePatientScreenShowsTheFullAddressWithThePinAtTheHome() {
        try (Browser office = Browser.open(port, 1400, 1000)) {
            office.onFailureScreenshot("patient-address-failed", () -> {
                office.signIn("coordinator", "coordinator-demo-2026");
                office.go("patients");
                WebElement withUnit = office.waitUntil(d -> d.findElements(
                                By.xpath("//vaadin-grid-cell-content[contains(., ', Apt ')]")).stream()
                        .findFirst().orElse(null));
                String fullAddress = withUnit.getText();
                assertThat(fullAddress).matches("\\d+ .+, Apt \\w+, Atlanta, GA \\d{5}");
                withUnit.click();
                office.waitForVaadin();
                office.waitUntil(d -> ((Number) office.script(PIN_SHOWN)).intValue() > 0);
                assertThat(office.field("City").getDomProperty("value")).isEqualTo("Atlanta");
                assertThat(office.field("ZIP").getDomProperty("value")).matches("\\d{5}");
                assertThat(office.field("Apt / unit").getDomProperty("value")).startsWith("Apt ");
                // the full address in the search box, its parts and the pin on one screen
                office.script("document.getElementById('patient-home-address').scrollIntoView({block: 'start'})");
                office.screenshot("patient-1-full-address-and-pin");

                WebElement find = office.field("Find on the map");
                find.sendKeys(Keys.chord(Keys.CONTROL, "a"), "12 Zzyzx Road", Keys.ENTER);
                office.waitForVaadin();
                office.waitForText("No address on the map matches");
                assertThat(office.pageText()).contains("What you typed is kept");
                office.screenshot("patient-2-address-not-found");
            });
        }
    }
}
