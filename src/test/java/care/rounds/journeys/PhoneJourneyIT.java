package care.rounds.journeys;

import care.rounds.Browser;
import care.rounds.RoundsIntegrationTest;
import care.rounds.base.ClinicTime;
import care.rounds.clinicians.Clinician;
import care.rounds.clinicians.ClinicianService;
import care.rounds.security.RoundsUser;
import care.rounds.visits.InfusionVisit;
import care.rounds.visits.VisitChange;
import care.rounds.visits.VisitChangeKind;
import care.rounds.visits.VisitChanges;
import care.rounds.visits.VisitFixtures;
import care.rounds.visits.VisitService;
import care.rounds.visits.VisitStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import care.rounds.custody.KitCustody;
import care.rounds.custody.KitDay;
import care.rounds.custody.KitsInHand;
import java.math.BigDecimal;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The clinician's phone (390 x 844): she signs in and lands on My day, opens the menu (above the map), opens
 * her next days, and takes one visit through En route, Arrived with the responsible adult confirmed, Infusing (with
 * the kit chosen),
 * Monitoring and Done; a skipped step asks first, a wrong tap is undone, Done too early asks why.
 */
@RoundsIntegrationTest
class PhoneJourneyIT {

    /** What is drawn at the centre of "Sign out": the button, or whatever covers it. */
    private static final String TOP_AT_SIGN_OUT = "const b = document.getElementById('sign-out').getBoundingClientRect();"
            + "const top = document.elementFromPoint(b.left + b.width / 2, b.top + b.height / 2);"
            + "return top ? (top.closest('#sign-out') ? 'sign-out' : top.tagName) : 'nothing'";

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    VisitService visits;
    @Autowired
    VisitChanges changes;
    @Autowired
    ClinicianService clinicians;
    @Autowired
    UserDetailsService users;
    @Autowired
    ClinicTime time;
    @Autowired
    KitCustody custody;

    private InfusionVisit original;
    private InfusionVisit tomorrows;

    @Test
    void aClinicianTakesAVisitFromEnRouteToDoneOnHerPhone() {
        InfusionVisit visit = putAVisitOnHerRouteThisMorning();
        long id = visit.getId();
        String adult = visit.getPlan().getPatient().responsibleAdultInWords();
        signIn("clinician");
        KitDay kit = KitsInHand.aKitHolding(custody, new BigDecimal("40"));
        String kitNumber = custody.kit(kit.kitId()).getNumber();
        SecurityContextHolder.clearContext();
        try (Browser phone = Browser.open(port, 390, 844)) {
            phone.onFailureScreenshot("phone-failed", () -> {
                phone.signIn("clinician", "clinician-demo-2026");
                phone.waitUntil(d -> phone.currentPath().startsWith("/my-day"));
                phone.waitForText(visit.getPlan().getPatient().getFullName());
                assertThat(phone.pageText()).contains("Responsible adult: " + adult)
                        .doesNotContain("not recorded. Call the office");
                phone.screenshot("phone-1-my-day");

                phone.driver().findElement(By.tagName("vaadin-drawer-toggle")).click();
                phone.waitUntil(d -> d.findElement(By.id("sign-out")).isDisplayed());
                phone.script("document.getElementById('sign-out').scrollIntoView({block: 'center'})");
                phone.waitUntil(d -> "sign-out".equals(phone.script(TOP_AT_SIGN_OUT)));
                phone.screenshot("phone-2-menu-over-the-map");
                // the open drawer covers its own toggle on a phone: close it as a tap beside it does
                phone.script("document.querySelector('vaadin-app-layout').drawerOpened = false");
                phone.waitUntil(d -> !"sign-out".equals(phone.script(TOP_AT_SIGN_OUT)));

                openANextDay(phone);

                tap(phone, "status-en-route-" + id);
                phone.waitUntil(d -> text(phone, "status-en-route-" + id).startsWith("En route "));
                tap(phone, "status-infusing-" + id);
                phone.waitForText("Skip Arrived?");
                phone.screenshot("phone-4-skip-asks");
                phone.press("Go back");
                assertThat(status(id)).isEqualTo(VisitStatus.EN_ROUTE);

                tap(phone, "status-arrived-" + id);
                phone.waitForText("Responsible adult at home?");
                tap(phone, "status-adult-present-" + id);
                phone.screenshot("phone-5-adult-confirmed");
                tap(phone, "status-adult-confirm-" + id);
                phone.waitUntil(d -> text(phone, "status-arrived-" + id).startsWith("Arrived "));
                phone.waitForText("confirmed at the home");
                phone.screenshot("phone-6-arrived-with-undo");
                tap(phone, "status-undo-" + id);
                phone.waitUntil(d -> text(phone, "status-arrived-" + id).equals("Arrived"));
                assertThat(status(id)).isEqualTo(VisitStatus.EN_ROUTE);

                tap(phone, "status-arrived-" + id);
                tap(phone, "status-adult-present-" + id);
                tap(phone, "status-adult-confirm-" + id);
                phone.waitUntil(d -> text(phone, "status-arrived-" + id).startsWith("Arrived "));
                tap(phone, "status-infusing-" + id);
                phone.waitForText("Kit used at this visit");
                // her kit is chosen when it is the only one she holds; otherwise she picks it
                if (!String.valueOf(phone.script("return document.getElementById('kit-use-kit').innerText")).contains(kitNumber)) {
                    phone.script("document.getElementById('kit-use-kit').click()");
                    phone.waitUntil(d -> Boolean.TRUE.equals(phone.script("const i = [...document.querySelectorAll("
                            + "'vaadin-select-item')].find(e => e.innerText.includes(arguments[0])); if (i) i.click();"
                            + " return !!i;", kitNumber)));
                    phone.waitForVaadin();
                }
                phone.type("mg given", "40");
                phone.screenshot("phone-7-infusing-with-the-kit-chosen");
                tap(phone, "kit-use-record");
                phone.waitUntil(d -> text(phone, "status-infusing-" + id).startsWith("Infusing "));
                tap(phone, "status-monitoring-" + id);
                phone.waitUntil(d -> text(phone, "status-monitoring-" + id).startsWith("Monitoring "));
                phone.screenshot("phone-8-monitoring");

                tap(phone, "status-done-" + id);
                phone.waitForText("Done before the least monitoring?");
                WebElement reason = phone.driver().findElement(By.cssSelector("#status-early-done-reason-" + id + " textarea"));
                reason.sendKeys("Back to baseline; her husband is with her");
                phone.waitForVaadin();
                phone.screenshot("phone-9-done-too-early-asks-why");
                tap(phone, "status-early-done-confirm-" + id);
                phone.waitUntil(d -> text(phone, "status-done-" + id).startsWith("Done "));
                phone.screenshot("phone-10-done");
            });
        }
        signIn("coordinator");
        InfusionVisit done = visits.find(id).orElseThrow();
        assertThat(done.getStatus()).isEqualTo(VisitStatus.DONE);
        assertThat(done.getAdultConfirmed()).isEqualTo(adult);
        assertThat(done.getEndedEarly()).contains("Back to baseline; her husband is with her");
        assertThat(changes.history(id)).extracting(VisitChange::getKind).containsSubsequence(
                VisitChangeKind.STATUS, VisitChangeKind.STATUS, VisitChangeKind.STATUS, VisitChangeKind.STATUS,
                VisitChangeKind.STATUS_UNDONE);
    }

    private void openANextDay(Browser phone) {
        List<WebElement> days = phone.driver().findElements(By.cssSelector("#next-days vaadin-details:not([disabled])"));
        assertThat(days).as("the demo clinician works on one of the next days").isNotEmpty();
        WebElement day = days.get(0);
        phone.script("arguments[0].scrollIntoView({block: 'start'})", day);
        phone.script("arguments[0].querySelector('vaadin-details-summary').click()", day);
        phone.waitForVaadin();
        phone.waitUntil(d -> !day.findElements(By.cssSelector(".stop-card")).isEmpty());
        phone.script("arguments[0].scrollIntoView({block: 'start'})", day);
        phone.screenshot("phone-3-next-day-open");
    }

    /** Taps the button with this id once it is there and enabled (it may be in a dialog that is opening). */
    private static void tap(Browser phone, String id) {
        phone.waitUntil(d -> Boolean.TRUE.equals(phone.script("const b = document.getElementById(arguments[0]);"
                + "return b != null && !b.hasAttribute('disabled')", id)));
        phone.script("const b = document.getElementById(arguments[0]); b.scrollIntoView({block: 'center'});"
                + "(b.tagName === 'VAADIN-CHECKBOX' ? b.querySelector('input') : b).click()", id);
        phone.waitForVaadin();
    }

    private static String text(Browser phone, String id) {
        return phone.driver().findElement(By.id(id)).getText().strip();
    }

    private VisitStatus status(long id) {
        signIn("coordinator");
        return visits.find(id).orElseThrow().getStatus();
    }

    /** The demo's series start tomorrow at the earliest: give the clinician one of them this morning. */
    private InfusionVisit putAVisitOnHerRouteThisMorning() {
        long me = ((RoundsUser) users.loadUserByUsername("clinician")).clinicianId();
        signIn("coordinator");
        Clinician her = clinicians.find(me).orElseThrow();
        Instant now = time.now();
        original = visits.inHorizon(now, now.plus(Duration.ofDays(60))).stream()
                .filter(v -> v.getStatus() == VisitStatus.SCHEDULED || v.getStatus() == VisitStatus.UNSCHEDULED)
                .filter(v -> !v.getPlan().getProtocol().isAssessment())
                .sorted(Comparator.comparing(InfusionVisit::getEarliestStart).reversed()).skip(4).findFirst()
                .orElseThrow();
        Instant sixAm = time.today().atTime(6, 0).atZone(time.zone()).toInstant();
        VisitFixtures fixtures = VisitFixtures.of(context);
        // and one tomorrow, for her next days
        tomorrows = visits.inHorizon(now, now.plus(Duration.ofDays(60))).stream()
                .filter(v -> v.getStatus() == VisitStatus.SCHEDULED || v.getStatus() == VisitStatus.UNSCHEDULED)
                .filter(v -> !v.getPlan().getProtocol().isAssessment() && !v.getId().equals(original.getId()))
                .sorted(Comparator.comparing(InfusionVisit::getEarliestStart).reversed()).skip(5).findFirst()
                .orElseThrow();
        Instant tomorrowSix = sixAm.atZone(time.zone()).plusDays(1).toInstant();
        fixtures.window(tomorrows.getId(), tomorrowSix, tomorrowSix.plus(Duration.ofHours(2)));
        fixtures.place(tomorrows.getId(), her, tomorrowSix.plus(Duration.ofMinutes(15)));
        fixtures.window(original.getId(), sixAm, sixAm.plus(Duration.ofHours(2)));
        fixtures.place(original.getId(), her, sixAm.plus(Duration.ofMinutes(15)));
        return fixtures.freshForTheField(original.getId());
    }

    @AfterEach
    void putTheVisitBack() {
        if (tomorrows != null) {
            VisitFixtures.of(context).putBack(tomorrows);
        }
        if (original != null) {
            signIn("coordinator");
            VisitFixtures.of(context).putBack(original);
            VisitFixtures.of(context).freshForTheField(original.getId());
        }
        SecurityContextHolder.clearContext();
    }

    private void signIn(String username) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    }
}
