package care.rounds.custody;

import care.rounds.Browser;
import care.rounds.RoundsIntegrationTest;
import care.rounds.base.ClinicTime;
import care.rounds.security.CurrentUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The custody screens in a real browser: the manager's Custody screen with yesterday's discrepancies and
 * today's kit out, the printable daily report, and the clinician's My kits on a phone.
 * Screenshots: target/screenshots/custody-*.png.
 */
@RoundsIntegrationTest
class CustodyScreensIT {

    @LocalServerPort int port;
    @Autowired ApplicationContext context;
    @Autowired CustodyRecord record;
    @Autowired KitCustody custody;
    @Autowired CurrentUser currentUser;
    @Autowired ClinicTime time;
    @Autowired UserDetailsService users;

    private CustodyTestKit kit;

    @AfterEach
    void putBack() {
        kit.putVisitsBack();
        SecurityContextHolder.clearContext();
    }

    @Test
    void theManagerSeesDiscrepanciesAndTheDayAndPrintsTheReport() {
        kit = new CustodyTestKit(context);
        LocalDate yesterday = time.today().minusDays(1);
        signInAs("manager");
        Kit lost = record.addKit("K-201", "KET-2612-B", new BigDecimal("200"));
        Kit today = record.addKit("K-202", "KET-2612-B", new BigDecimal("200"));
        signInAs("clinician");
        long maria = currentUser.require().clinicianId();
        KitCustody then = kit.on(yesterday);
        KitDay out = then.signOut(lost.getId());
        then.recordUse(kit.visitOnRoute(maria, yesterday), out.signOutId(), new BigDecimal("41.5"), new BigDecimal("8.5"));
        KitDay now = custody.signOut(today.getId());
        custody.recordUse(kit.visitOnRoute(maria, time.today()), now.signOutId(), new BigDecimal("37.5"),
                new BigDecimal("12.5"));

        try (Browser office = Browser.open(port, 1440, 1600)) {
            office.onFailureScreenshot("custody-failed", () -> {
                office.signIn("manager", "manager-demo-2026");
                office.go("custody");
                office.waitForText("Discrepancies to resolve");
                office.waitForText("K-202");
                assertThat(office.pageText()).contains("Waste not witnessed", "Not returned", "Out with");
                office.screenshot("custody-manager");
                office.go("custody/daily-report?day=" + yesterday);
                office.waitForText("Schedule III custody: daily report");
                assertThat(office.driver().findElement(By.tagName("body")).getText())
                        .contains("Kit K-201, lot KET-2612-B", "NOT WITNESSED", "not returned");
                office.screenshot("custody-daily-report");
            });
        }
        try (Browser phone = Browser.open(port, 390, 844)) {
            phone.onFailureScreenshot("custody-phone-failed", () -> {
                phone.signIn("clinician", "clinician-demo-2026");
                phone.go("my-kits");
                phone.waitForText("My kits today");
                phone.waitForText("K-202");
                phone.screenshot("custody-my-kits-390");
            });
        }
        signInAs("clinician");
        custody.returnKit(now.signOutId(), new BigDecimal("150"));
    }

    private void signInAs(String username) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    }
}
