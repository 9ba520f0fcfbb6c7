package care.rounds.messages;

import care.rounds.Browser;
import care.rounds.RoundsIntegrationTest;
import care.rounds.visits.InfusionVisit;
import care.rounds.visits.VisitChanges;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;

import static care.rounds.messages.MessagesTestKit.OFFICE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real browser: the manager's message templates with the preview (and a refused wording), and a
 * patient's delivery log with a sent confirmation and a text retried after a provider outage.
 */
@RoundsIntegrationTest
class MessagesScreensJourneyIT {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    VisitChanges changes;
    @Autowired
    MessageSender sender;

    private MessagesTestKit kit;

    @BeforeEach
    void aPatientWithMessages() {
        kit = new MessagesTestKit(context, "screens");
    }

    @AfterEach
    void putBack() {
        SmsStandIn.shared().failNext(0);
        kit.putBack();
    }

    @Test
    void theManagerEditsATemplateWithAPreview() {
        try (Browser manager = Browser.open(port, 1400, 950)) {
            manager.onFailureScreenshot("messages-templates-failed", () -> {
                manager.signIn("manager", "manager-demo-2026");
                manager.go("message-templates");
                manager.waitUntil(d -> d.findElements(By.xpath(
                        "//vaadin-grid-cell-content[normalize-space()='Reminder the day before']")).stream()
                        .findFirst().orElse(null)).click();
                manager.waitForVaadin();
                manager.waitForText("Preview: the text message");
                String preview = manager.waitUntil(d -> d.findElement(By.id("template-text-preview"))).getText();
                assertThat(preview).startsWith("Hello Jordan, reminder: Maria comes tomorrow, Tue Dec 8 at 9:30 AM");
                manager.screenshot("messages-1-templates-with-preview");

                WebElement text = manager.field("Text message wording");
                text.sendKeys(Keys.END, " Your ketamine kit is ready.");
                manager.waitForVaadin();
                manager.press("Save");
                manager.waitForText("says \"ketamine\"");
                manager.screenshot("messages-2-template-naming-treatment-refused");
            });
        }
    }

    @Test
    void theCoordinatorSeesThePatientsDeliveryLog() {
        InfusionVisit first = kit.series.get(0);
        OFFICE.run(() -> changes.book(first.getId(), kit.clinician.getId(), kit.startOf(first)));
        Instant noon = kit.next(LocalTime.NOON);
        SmsStandIn.shared().failNext(1);
        sender.sendDue(noon);
        sender.sendDue(noon.plus(Duration.ofMinutes(1)));

        try (Browser office = Browser.open(port, 1400, 1100)) {
            office.onFailureScreenshot("messages-delivery-log-failed", () -> {
                office.signIn("coordinator", "coordinator-demo-2026");
                office.go("patients");
                office.waitUntil(d -> d.findElement(By.xpath(
                        "//vaadin-text-field[@placeholder='Search name, phone or address']//input")))
                        .sendKeys(kit.original.getFullName());
                office.waitForVaadin();
                office.waitUntil(d -> d.findElements(By.xpath("//vaadin-grid-cell-content[normalize-space()="
                        + "'" + kit.original.getFullName() + "']")).stream().findFirst().orElse(null)).click();
                office.waitForVaadin();
                office.waitForText("Messages to this patient");
                office.script("document.getElementById('patient-messages').scrollIntoView({block: 'start'})");
                WebElement retried = office.waitUntil(d -> d.findElements(By.xpath(
                        "//vaadin-grid-cell-content[contains(., 'Text message')]")).stream().findFirst()
                        .orElse(null));
                retried.click();
                office.waitForVaadin();
                office.waitForText("failed: The text message provider answered 503");
                assertThat(office.pageText()).contains("Booking confirmation").contains("Sent")
                        .contains("retry: Tries again");
                office.script("document.getElementById('patient-messages').scrollIntoView({block: 'start'})");
                office.screenshot("messages-3-patient-delivery-log");
            });
        }
    }

    @Test
    void theCoordinatorSeesTheMessagesAboutAVisit() {
        InfusionVisit first = kit.series.get(0);
        Instant start = kit.startOf(first);
        OFFICE.run(() -> changes.book(first.getId(), kit.clinician.getId(), start));
        Instant noon = kit.next(LocalTime.NOON);
        sender.sendDue(noon);
        care.rounds.visits.Placement place = kit.anotherPlace(first, start);
        Instant later = place.start();
        OFFICE.run(() -> changes.move(first.getId(), kit.visits.seriesOf(java.util.List.of(first.getPlan().getId())).stream()
                        .filter(v -> v.getId().equals(first.getId())).findFirst().orElseThrow().getVersion(), place.clinicianId(), later,
                "Patient asked for later", java.util.List.of()));
        sender.sendDue(noon);

        try (Browser office = Browser.open(port, 1400, 1100)) {
            office.onFailureScreenshot("messages-visit-log-failed", () -> {
                office.signIn("coordinator", "coordinator-demo-2026");
                office.go("visits");
                office.date("From", later.atZone(java.time.ZoneId.of("America/New_York")).toLocalDate()
                        .format(java.time.format.DateTimeFormatter.ofPattern("M/d/yyyy")));
                Object before = office.script("return document.getElementById('visits-grid').size;");
                office.waitUntil(d -> d.findElement(By.xpath("//vaadin-text-field[@placeholder='Name']//input")))
                        .sendKeys(kit.original.getFullName());
                office.waitUntil(d -> !before.equals(office.script("return document.getElementById('visits-grid').size;")));
                office.waitForVaadin();
                // the grid keeps rendered cells of rows it hides: take the cell of a row it shows
                String cellOfShownRow = "return [...document.querySelectorAll('#visits-grid vaadin-grid-cell-content')]"
                        + ".find(c => c.textContent.trim().startsWith(arguments[0]) && c.assignedSlot"
                        + " && !c.assignedSlot.closest('tr').hidden) || null;";
                office.waitUntil(d -> (WebElement) office.script(cellOfShownRow, first.getSequenceNumber() + " of "))
                        .click();
                office.waitForVaadin();
                office.waitForText("Messages about this visit");
                office.script("document.getElementById('visit-messages').scrollIntoView({block: 'start'})");
                String log = office.pageText();
                assertThat(log).contains("Booking confirmation").contains("Change notice").contains("Sent");
                office.screenshot("messages-4-visit-delivery-log");
            });
        }
    }
}
