package care.rounds.journeys;

import care.rounds.Browser;
import care.rounds.RoundsIntegrationTest;
import care.rounds.base.ClinicTime;
import care.rounds.booking.SeriesBooking;
import care.rounds.booking.SeriesRequest;
import care.rounds.booking.TestOrders;
import care.rounds.clinicians.Clinician;
import care.rounds.clinicians.ClinicianService;
import care.rounds.clinicians.Credential;
import care.rounds.intake.ConsultationOutcome;
import care.rounds.intake.ScreeningOutcomes;
import care.rounds.patients.Patient;
import care.rounds.patients.PatientService;
import care.rounds.plans.TreatmentProtocolRepository;
import care.rounds.security.SystemActor;
import care.rounds.visits.InfusionVisit;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real browser: a patient whose PTSD series ended a month ago is on "Boosters due" under the board's call
 * list; "Book Booster" opens booking with the patient and the booster chosen; the physician's order is asked
 * for, each missing part marked, and the dose in mg shown as it is typed.
 */
@RoundsIntegrationTest
class OrdersJourneyIT {

    @LocalServerPort
    int port;
    @Autowired
    SeriesBooking booking;
    @Autowired
    PatientService patients;
    @Autowired
    ClinicianService clinicians;
    @Autowired
    ScreeningOutcomes screenings;
    @Autowired
    TreatmentProtocolRepository protocols;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ClinicTime time;

    @Test
    void aFinishedSeriesShowsUnderBoostersDueAndOpensBookingWithTheBoosterAndItsOrder() {
        String name = "Harper Booster-Due";
        SystemActor.office("Orders journey set-up").run(() -> finishedSeriesFor(name));
        try (Browser office = Browser.open(port, 1440, 1000)) {
            office.onFailureScreenshot("orders-journey-failed", () -> {
                office.signIn("coordinator", "coordinator-demo-2026");
                office.go("board");
                office.waitForText("Boosters due");
                office.waitForText(name);
                office.script("document.getElementById('boosters-due').scrollIntoView({block: 'start'})");
                office.screenshot("orders-2-boosters-due");
                assertThat(office.pageText()).contains("Due now, until");

                office.driver().findElement(By.xpath("//vaadin-grid-cell-content[contains(., '" + name
                        + "')]/ancestor::vaadin-grid//vaadin-button[contains(@class, 'book-booster')]")).click();
                office.waitUntil(d -> office.currentPath().startsWith("/plans/new"));
                office.waitForText("Physician's order");
                assertThat(office.field("Patient").getDomProperty("value")).startsWith(name);
                office.press("Create series and find slots");
                office.waitForText("Choose the MD or NP who ordered the series.");
                assertThat(office.pageText()).contains("Enter the ordered dose per kg");
                office.screenshot("orders-4-order-missing-marked");

                office.choose("Ordered by (MD or NP)", "", "");
                office.type("Dose (mg/kg)", "0.5");
                office.type("Patient's weight (kg)", "72.4");
                office.waitForText("Dose: 36.2 mg");
                office.screenshot("orders-3-booster-booking-with-order");
            });
        }
    }

    /** An eligible patient whose six PTSD infusions were given, the last one 30 days ago. */
    private void finishedSeriesFor(String name) {
        Patient neighbour = patients.search("", 0, 200).filter(p -> p.getHomeLocation() != null).findFirst().orElseThrow();
        Patient patient = new Patient(name, LocalDate.of(1979, 8, 2), "(404) 555-0142", neighbour.getHomeAddress(), "GA",
                time.now());
        patient.setHomeLocation(neighbour.getHomeLocation());
        Patient saved = patients.save(patient);
        Clinician np = clinicians.active().stream().filter(c -> c.getCredential() == Credential.NP).findFirst()
                .orElseThrow();
        screenings.recordEarlierScreening(saved.getId(), np, time.now().minusSeconds(60L * 86_400),
                ConsultationOutcome.ELIGIBLE);
        List<InfusionVisit> series = booking.create(new SeriesRequest(saved.getId(),
                protocols.findByName("PTSD initial series").orElseThrow().getId(), time.today().plusDays(40),
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(8, 0), LocalTime.of(18, 0), null),
                TestOrders.halfMgPerKg(clinicians, time.today().minusDays(45)));
        LocalDate last = time.today().minusDays(30);
        for (InfusionVisit visit : series) {
            Instant start = time.startOf(last.minusDays(2L * (series.size() - visit.getSequenceNumber())))
                    .plusSeconds(10 * 3600);
            jdbc.update("update infusion_visit set status = 'DONE', clinician_id = ?, planned_start = ?, planned_end = ? "
                    + "where id = ?", np.getId(), Timestamp.from(start), Timestamp.from(start.plus(visit.getDuration())),
                    visit.getId());
        }
    }
}
