package care.rounds.journeys;

import care.rounds.Accessibility;
import care.rounds.Browser;
import care.rounds.RoundsIntegrationTest;
import care.rounds.intake.ConsultationRequest;
import care.rounds.intake.ConsultationInbox;
import care.rounds.intake.RequestStatus;
import care.rounds.intake.internal.ProofOfWork;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public consultation form in a real browser, as patients meet it: on Rounds' own light page, and
 * embedded in a clinic's website on another origin (a second port, {@value #CLINIC_PORT}, allowed by
 * {@code rounds.intake.allowed-origins} in the test settings) by the script snippet and by a plain
 * HTML form. Robots' submissions stay out of the inbox; axe-core finds no WCAG 2.2 A/AA violation on
 * the form, its error state and the thank-you page.
 */
@RoundsIntegrationTest
class PublicFormJourneyIT {

    static final int CLINIC_PORT = 18117;
    private static HttpServer clinicSite;
    private static volatile int roundsPort;

    // Every request from the browser comes from the loopback address, and the per-address rate limit
    // allows 5 an hour: each test uses its own (all of 127.0.0.0/8 is this machine, and a secure context).
    @LocalServerPort
    int port;
    @Autowired
    ConsultationInbox inbox;
    @Autowired
    UserDetailsService users;
    @Autowired
    ProofOfWork proofOfWork;

    /** The clinic's own website: pages that embed the form the ways the README shows. */
    @BeforeAll
    static void startTheClinicsWebsite() throws IOException {
        clinicSite = HttpServer.create(new InetSocketAddress(CLINIC_PORT), 0);
        clinicSite.createContext("/", exchange -> {
            String rounds = "http://localhost:" + roundsPort;
            String body = switch (exchange.getRequestURI().getPath()) {
                case "/script.html" -> page("Ketamine therapy at home", """
                        <p>Please fill out the form below and our Patient Coordinator will contact you.</p>
                        <div data-rounds-consultation></div>
                        <script src="%s/consultation/form.js" defer></script>""".formatted(rounds));
                case "/plain.html" -> page("Contact us", plainForm(rounds));
                case "/iframe.html" -> page("Contact us", """
                        <iframe src="%s/consultation" title="Request a free consultation"
                          style="width: 100%%; height: 1400px; border: 0"></iframe>""".formatted(rounds));
                case "/thank-you.html" -> page("Thank you from the clinic", "<p>We will call you soon.</p>");
                default -> null;
            };
            byte[] bytes = (body == null ? "not found" : body).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(body == null ? 404 : 200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        clinicSite.start();
    }

    @AfterAll
    static void stopTheClinicsWebsite() {
        clinicSite.stop(0);
    }

    private static String page(String title, String content) {
        return """
                <!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1"><title>%s</title></head>
                <body style="font-family: Georgia, serif; margin: 0 auto; max-width: 46rem; padding: 1rem">
                <header><strong>Peachtree Ketamine Clinic</strong></header><main><h1>%s</h1>%s</main></body></html>
                """.formatted(title, title, content);
    }

    /** The README's plain HTML snippet: posts to Rounds, returns to the clinic's thank-you page. */
    private static String plainForm(String rounds) {
        return """
                <form class="rounds-intake-form" method="post" action="%s/consultation">
                  <p><label for="rounds-name">Your name</label><br><input id="rounds-name" name="name" autocomplete="name" required></p>
                  <p><label for="rounds-phone">Phone</label><br><input id="rounds-phone" name="phone" type="tel" autocomplete="tel" required></p>
                  <p><label for="rounds-email">Email (optional)</label><br><input id="rounds-email" name="email" type="email" autocomplete="email"></p>
                  <p><label for="rounds-zip">ZIP code (optional)</label><br><input id="rounds-zip" name="zip" autocomplete="postal-code" inputmode="numeric"></p>
                  <p><label for="rounds-time">Best time to call (optional)</label><br><input id="rounds-time" name="preferredContactTime"></p>
                  <p><label for="rounds-message">Message (optional)</label><br><textarea id="rounds-message" name="message" rows="4"></textarea></p>
                  <p><input type="checkbox" id="rounds-consent" name="consentToContact" value="true" required>
                     <label for="rounds-consent">I agree that the clinic may contact me about my request.</label></p>
                  <div style="position: absolute; left: -10000px" aria-hidden="true"><label for="rounds-website">Leave empty</label><input id="rounds-website" name="website" tabindex="-1" autocomplete="off"></div>
                  <input type="hidden" name="altcha"><input type="hidden" name="returnTo" value="website">
                  <p>In crisis? Call or text <a href="tel:988">988</a>.</p>
                  <button type="submit" class="rounds-send">Send request</button><p class="rounds-status" role="status"></p>
                </form>
                <script src="%s/consultation/form.js" defer></script>""".formatted(rounds, rounds);
    }

    private void rememberPort() {
        roundsPort = port;
    }

    @Test
    void theScriptSnippetRendersTheFormOnTheClinicsSiteAndTheRequestReachesTheInbox() {
        rememberPort();
        String name = "Script Embed " + System.nanoTime() % 100_000;
        try (Browser browser = Browser.open(port, 1280, 1000)) {
            WebDriver driver = browser.driver();
            browser.onFailureScreenshot("public-form-script-failed", () -> {
                driver.get("http://localhost:" + CLINIC_PORT + "/script.html");
                fill(browser, name, "(404) 555-0311");
                browser.script("window.scrollTo(0, 0)");
                browser.screenshot("public-form-embedded-by-script");
                Accessibility.assertNoViolations(driver, "the form embedded by the script");
                driver.findElement(By.cssSelector(".rounds-send")).click();
                browser.waitUntil(d -> d.findElements(By.id("rounds-thanks")).size() > 0);
                assertThat(browser.pageText()).contains("988");
                browser.screenshot("public-form-embedded-thanks");
            });
        }
        assertThat(statusOf(name)).contains(RequestStatus.NEW);
    }

    @Test
    void thePlainHtmlFormOnTheClinicsSitePostsAndReturnsToTheClinicsThankYouPage() {
        rememberPort();
        String name = "Plain Embed " + System.nanoTime() % 100_000;
        try (Browser browser = Browser.open(port, 1280, 1000)) {
            WebDriver driver = browser.driver();
            browser.onFailureScreenshot("public-form-plain-failed", () -> {
                driver.get("http://localhost:" + CLINIC_PORT + "/plain.html");
                fill(browser, name, "(404) 555-0312");
                browser.screenshot("public-form-embedded-plain-html");
                driver.findElement(By.cssSelector(".rounds-send")).click();
                browser.waitUntil(d -> d.getCurrentUrl().endsWith("/thank-you.html"));
            });
        }
        assertThat(statusOf(name)).contains(RequestStatus.NEW);
    }

    @Test
    void theOwnPageOnAPhoneKeepsWhatWasTypedOnAnErrorShowsThePhoneAndThanksAfterwards() {
        rememberPort();
        String name = "Phone Visitor " + System.nanoTime() % 100_000;
        try (Browser browser = Browser.open(port, 390, 844)) {
            WebDriver driver = browser.driver();
            browser.onFailureScreenshot("public-form-own-page-failed", () -> {
                driver.get("http://127.0.0.2:" + port + "/consultation");
                browser.screenshot("public-form-390");
                Accessibility.assertNoViolations(driver, "the form");
                driver.findElement(By.id("rounds-name")).sendKeys(name);
                driver.findElement(By.id("rounds-phone")).sendKeys("call me");
                driver.findElement(By.id("rounds-zip")).sendKeys("30307");
                driver.findElement(By.id("rounds-message")).sendKeys("Is this covered by insurance?");
                driver.findElement(By.cssSelector(".rounds-send")).click();
                browser.waitUntil(d -> d.findElements(By.id("rounds-problem")).size() > 0);
                assertThat(driver.findElement(By.id("rounds-name")).getDomProperty("value")).isEqualTo(name);
                assertThat(driver.findElement(By.id("rounds-phone")).getDomProperty("value")).isEqualTo("call me");
                assertThat(driver.findElement(By.id("rounds-zip")).getDomProperty("value")).isEqualTo("30307");
                assertThat(driver.findElement(By.id("rounds-message")).getDomProperty("value"))
                        .isEqualTo("Is this covered by insurance?");
                assertThat(driver.findElement(By.id("rounds-problem")).getText()).contains("(404) 555-0100");
                assertThat(driver.findElement(By.id("rounds-phone")).getDomAttribute("aria-describedby"))
                        .contains("rounds-phone-error");
                assertThat(driver.switchTo().activeElement().getDomAttribute("id")).isEqualTo("rounds-problem");
                browser.screenshot("public-form-390-error");
                Accessibility.assertNoViolations(driver, "the form's error state");

                WebElement phone = driver.findElement(By.id("rounds-phone"));
                phone.clear();
                phone.sendKeys("(404) 555-0313");
                driver.findElement(By.cssSelector("label[for=rounds-consentToContact]")).click();
                driver.findElement(By.cssSelector(".rounds-send")).click();
                browser.waitUntil(d -> d.getCurrentUrl().endsWith("/consultation/thanks"));
                assertThat(browser.pageText()).contains("Thank you", "988", "(404) 555-0100");
                browser.screenshot("public-form-390-thanks");
                Accessibility.assertNoViolations(driver, "the thank-you page");
            });
        }
        assertThat(statusOf(name)).contains(RequestStatus.NEW);
    }

    @Test
    void theFormInAnIframeOnTheClinicsSiteIsShown() {
        rememberPort();
        try (Browser browser = Browser.open(port, 1280, 1000)) {
            WebDriver driver = browser.driver();
            driver.get("http://localhost:" + CLINIC_PORT + "/iframe.html");
            driver.switchTo().frame(driver.findElement(By.tagName("iframe")));
            browser.waitUntil(d -> d.findElements(By.id("rounds-name")).size() > 0);
            driver.switchTo().defaultContent();
            browser.screenshot("public-form-embedded-by-iframe");
        }
    }

    @Test
    void withJavaScriptOffTheFormPostsToTheThankYouPageAndIsHeldForReview() {
        rememberPort();
        String name = "No Script Visitor " + System.nanoTime() % 100_000;
        try (Browser browser = Browser.openWithoutJavaScript(port, 390, 844)) {
            WebDriver driver = browser.driver();
            browser.onFailureScreenshot("public-form-no-script-failed", () -> {
                driver.get("http://127.0.0.3:" + port + "/consultation");
                fill(browser, name, "(404) 555-0314");
                driver.findElement(By.cssSelector(".rounds-send")).click();
                browser.waitUntil(d -> d.getCurrentUrl().endsWith("/consultation/thanks"));
                assertThat(driver.getPageSource()).contains("Thank you");
            });
        }
        assertThat(statusOf(name)).contains(RequestStatus.HELD);
    }

    @Test
    void robotsSubmissionsDoNotReachTheInbox() {
        rememberPort();
        String trapped = "Trap Robot " + System.nanoTime() % 100_000;
        String hasty = "Hasty Robot " + System.nanoTime() % 100_000;
        String unproven = "Unproven Robot " + System.nanoTime() % 100_000;
        try (Browser browser = Browser.open(port, 1280, 1000)) {
            WebDriver driver = browser.driver();
            // fills in the hidden field, and otherwise does everything a person does
            driver.get("http://127.0.0.4:" + port + "/consultation");
            fill(browser, trapped, "(404) 555-0315");
            browser.script("document.getElementById('rounds-website').value = 'https://cheap-pills.example'");
            driver.findElement(By.cssSelector(".rounds-send")).click();
            browser.waitUntil(d -> d.getCurrentUrl().endsWith("/consultation/thanks"));

            // solves a challenge it has just fetched and posts at once, without the page's script
            driver.get("http://127.0.0.4:" + port + "/consultation");
            browser.script("""
                    const f = document.querySelector('form.rounds-intake-form');
                    f.elements.name.value = arguments[0]; f.elements.phone.value = '(404) 555-0316';
                    f.elements.consentToContact.checked = true; f.elements.altcha.value = arguments[1];
                    f.submit();""", hasty, ProofOfWork.solve(proofOfWork.challenge()));
            browser.waitUntil(d -> d.getCurrentUrl().endsWith("/consultation/thanks"));

            // sends JSON straight to the API with no proof of work
            Object status = browser.driver().executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    fetch('/api/consultation-requests', {method: 'POST', headers: {'Content-Type': 'application/json'},
                      body: JSON.stringify({name: arguments[0], phone: '(404) 555-0317', consentToContact: true})})
                      .then(r => done(r.status), e => done(String(e)));""", unproven);
            assertThat(status).isEqualTo(201L);
        }
        assertThat(statusOf(trapped)).isEmpty();
        assertThat(statusOf(hasty)).isEmpty();
        assertThat(statusOf(unproven)).as("held, not in the inbox").contains(RequestStatus.HELD);
    }

    @Test
    void aPageOnAnOriginThatIsNotAllowedCannotSendToTheApi() {
        rememberPort();
        String name = "Foreign Origin " + System.nanoTime() % 100_000;
        try (Browser browser = Browser.open(port, 1280, 1000)) {
            WebDriver driver = browser.driver();
            // 127.0.0.1 is another origin than the allowed http://localhost:18117
            driver.get("http://127.0.0.1:" + CLINIC_PORT + "/thank-you.html");
            Object outcome = browser.driver().executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    fetch(arguments[1] + '/api/consultation-requests', {method: 'POST',
                      headers: {'Content-Type': 'application/json'},
                      body: JSON.stringify({name: arguments[0], phone: '(404) 555-0318', consentToContact: true})})
                      .then(r => done('answered ' + r.status), e => done('refused by the browser'));""",
                    name, "http://localhost:" + port);
            assertThat(outcome).isEqualTo("refused by the browser");
        }
        assertThat(statusOf(name)).isEmpty();
    }

    private void fill(Browser browser, String name, String phone) {
        WebDriver driver = browser.driver();
        browser.waitUntil(d -> d.findElements(By.id("rounds-name")).size() > 0);
        driver.findElement(By.id("rounds-name")).sendKeys(name);
        driver.findElement(By.id("rounds-phone")).sendKeys(phone);
        driver.findElement(By.name("preferredContactTime")).sendKeys("Weekday mornings");
        WebElement consent = driver.findElement(By.name("consentToContact"));
        if (!consent.isSelected()) {
            consent.click();
        }
    }

    /** Where the request with this name stands, as the coordinator would find it; empty when it never arrived. */
    private Optional<RequestStatus> statusOf(String name) {
        UserDetails coordinator = users.loadUserByUsername("coordinator");
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(coordinator, null, coordinator.getAuthorities()));
        try {
            return Arrays.stream(RequestStatus.values())
                    .flatMap(status -> inbox.requests(status, 0, 10_000))
                    .filter(r -> r.getFullName().equals(name)).findFirst().map(ConsultationRequest::getStatus);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
