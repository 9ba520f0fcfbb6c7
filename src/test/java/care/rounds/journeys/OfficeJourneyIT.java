package care.rounds.journeys;

import care.rounds.Accessibility;
import care.rounds.Browser;
import care.rounds.RoundsIntegrationTest;
import care.rounds.visits.InfusionVisit;
import care.rounds.visits.VisitService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The office's day in a real browser: a person fills in the public consultation form (the light page,
 * with its proof of work solved in the browser); the
 * coordinator finds it in the inbox, creates the patient, books and records the consultation, and
 * books the treatment series on the planner's recommended slots. axe-core checks every office page
 * on the way (sign-in, inbox, create-patient dialog, recorded consultation, recommended slots, booked
 * series) as it checks the public form.
 */
@RoundsIntegrationTest
class OfficeJourneyIT {

    @LocalServerPort
    int port;

    @Autowired
    VisitService visits;

    private int infusionsBooked;

    @Test
    void fromThePublicFormToABookedSeries() {
        String name = "Jordan Whitfield-" + System.nanoTime() % 10_000;
        try (Browser visitor = Browser.open(port, 1280, 900)) {
            visitor.driver().get("http://localhost:" + port + "/consultation");
            visitor.type("Your name", name);
            visitor.type("Phone", "(404) 555-0142");
            visitor.type("Best time to call (optional)", "Weekday mornings");
            visitor.driver().findElement(By.cssSelector("label[for=rounds-consentToContact]")).click();
            visitor.screenshot("office-1-public-form");
            Accessibility.assertNoViolations(visitor.driver(), "the public form with a request typed in");
            visitor.driver().findElement(By.cssSelector(".rounds-send")).click();
            visitor.waitUntil(d -> d.getCurrentUrl().endsWith("/consultation/thanks"));
            visitor.waitForText("Thank you");
            visitor.screenshot("office-2-thank-you");
        }

        try (Browser office = Browser.open(port, 1440, 900)) {
            office.onFailureScreenshot("office-failed", () -> bookAsCoordinator(office, name));
        }
        assertSeriesBookedOnThePlannersSlots(name);
    }

    private void bookAsCoordinator(Browser office, String name) {
            office.go("login");
            office.waitUntil(d -> d.findElements(By.name("username")).size() > 0);
            Accessibility.assertNoViolations(office.driver(), "the sign-in page");
            office.signIn("coordinator", "coordinator-demo-2026");
            office.go("consultation-requests");
            office.waitUntil(d -> d.findElements(By.xpath(
                    "//vaadin-grid-cell-content[normalize-space()='" + name + "']")).size() > 0);
            office.driver().findElement(By.xpath("//vaadin-grid-cell-content[normalize-space()='" + name + "']")).click();
            office.waitForText("Create patient");
            office.screenshot("office-3-inbox");
            Accessibility.assertNoViolations(office.driver(), "the coordinator's inbox with a request open");

            office.press("Create patient");
            office.date("Date of birth", "3/14/1981");
            office.choose("Home address (where the infusions take place)", "Edgewood", "Edgewood");
            office.type("Responsible adult", "Jordan Reyes");
            office.type("Responsible adult's phone", "(404) 555-0143");
            office.type("Relation to the patient", "spouse");
            office.screenshot("office-4-create-patient");
            Accessibility.assertNoViolations(office.driver(), "the create-patient dialog with an address picked");
            office.press("Create patient");
            office.waitForText("Created patient " + name);

            office.press("Book consultation");
            office.choose("Physician or nurse practitioner", "", "");
            office.press("Book");
            office.waitForText("booked for");

            office.press("Record outcome");
            office.pick("Eligible");
            office.press("Save outcome");
            office.waitForText("Outcome recorded");
            office.screenshot("office-5-consultation-recorded");
            Accessibility.assertNoViolations(office.driver(), "the request with its consultation recorded");

            office.press("Book treatment series");
            office.waitUntil(d -> office.currentPath().startsWith("/plans/new"));
            office.select("Protocol", "PTSD initial series");
            office.choose("Ordered by (MD or NP)", "", "");
            office.type("Dose (mg/kg)", "0.5");
            office.type("Patient's weight (kg)", "80");
            office.waitForText("Dose: 40.0 mg");
            office.screenshot("orders-1-booking-form-with-order");
            office.press("Create series and find slots");
            office.waitForText("Confirm booking");
            office.screenshot("office-6-recommended-slots");
            Accessibility.assertNoViolations(office.driver(), "the new series with the recommended slots");
            office.press("Confirm booking");
            office.waitForText("Print for the patient");
            office.screenshot("office-7-booked-series");
            Accessibility.assertNoViolations(office.driver(), "the booked series with its print-out summary");
            // the patient's summary lists each booked infusion with its arrival window and clinician
            infusionsBooked = office.driver().findElements(By.cssSelector("#patient-summary li")).size();
            assertThat(office.pageText()).contains("PTSD initial series for " + name);
    }

    private void assertSeriesBookedOnThePlannersSlots(String name) {
        List<InfusionVisit> booked = visits.inHorizon(Instant.now().minus(1, ChronoUnit.DAYS),
                        Instant.now().plus(60, ChronoUnit.DAYS)).stream()
                .filter(v -> v.getPlan().getPatient().getFullName().equals(name)).toList();
        assertThat(booked).hasSize(6);
        List<InfusionVisit> placed = booked.stream().filter(v -> v.getClinician() != null).toList();
        assertThat(placed).as("as many infusions placed as the screen said were booked").hasSize(infusionsBooked)
                .as("the first infusions at least find a slot in the demo clinic").isNotEmpty()
                .allSatisfy(visit -> {
                    assertThat(visit.isPinned()).as("infusion %d confirmed", visit.getSequenceNumber()).isTrue();
                    assertThat(visit.getPlannedStart()).isBetween(visit.getEarliestStart(), visit.getLatestStart());
                });
        // an infusion with no free slot today waits for the planner's next run, unconfirmed
        booked.stream().filter(v -> v.getClinician() == null)
                .forEach(visit -> assertThat(visit.isPinned()).as("infusion %d waits", visit.getSequenceNumber()).isFalse());
    }
}
