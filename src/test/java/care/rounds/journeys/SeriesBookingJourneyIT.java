package care.rounds.journeys;

import care.rounds.Browser;
import care.rounds.RoundsIntegrationTest;
import care.rounds.base.ClinicTime;
import care.rounds.booking.SeriesBooking;
import care.rounds.booking.ui.FullDay;
import care.rounds.clinicians.ClinicianService;
import care.rounds.patients.Patient;
import care.rounds.patients.PatientService;
import care.rounds.plans.PlanStatus;
import care.rounds.plans.TreatmentPlan;
import care.rounds.plans.TreatmentPlanRepository;
import care.rounds.visits.InfusionVisit;
import care.rounds.visits.VisitService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.test.context.support.WithMockUser;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The coordinator books a six-infusion ketamine series in a real browser at 1440 x 900 on the demo clinic,
 * where the second infusion's best day is full (every clinician is off that Wednesday): the screen offers the
 * nearest days the protocol's spacing allows and names the rule that limits the choice, and all six are booked.
 * Screenshots: target/screenshots/booking-*.png.
 */
@RoundsIntegrationTest
class SeriesBookingJourneyIT {

    @org.springframework.beans.factory.annotation.Autowired
    care.rounds.intake.ScreeningOutcomes screenings;

    @LocalServerPort
    int port;
    @Autowired
    ClinicianService roster;
    @Autowired
    ClinicTime time;
    @Autowired
    PatientService patients;
    @Autowired
    TreatmentPlanRepository plans;
    @Autowired
    VisitService visits;
    @Autowired
    SeriesBooking booking;

    @Test
    @WithMockUser(roles = "COORDINATOR")
    void coordinatorBooksAllSixInfusionsWhenOneBestDayIsFull() {
        LocalDate monday = time.today().plusWeeks(7).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        LocalDate wednesday = monday.plusDays(2);
        Patient patient = freePatient();
        FullDay full = FullDay.on(roster, time, wednesday);
        try (Browser office = Browser.open(port, 1440, 900)) {
            office.onFailureScreenshot("booking-failed", () -> {
                office.signIn("coordinator", "coordinator-demo-2026");
                office.go("plans/new");
                office.choose("Patient", patient.getFullName(), patient.getFullName());
                office.select("Protocol", "PTSD initial series");
                office.date("First infusion on or after", monday.format(DateTimeFormatter.ofPattern("M/d/yyyy")));
                office.check("Sat");
                office.choose("Ordered by (MD or NP)", "", ",");
                office.type("Dose (mg/kg)", "0.5");
                office.type("Patient's weight (kg)", "80");
                office.screenshot("booking-1-request");
                office.press("Create series and find slots");
                office.waitForText("Confirm booking");
                office.script("arguments[0].scrollIntoView({block: 'start'})",
                        office.driver().findElement(By.id("series-slots")));
                office.waitForVaadin();
                office.screenshot("booking-2-full-day-nearest-days");
                assertThat(office.pageText()).contains(time.date(wednesday) + " is full")
                        .contains("Nearest days the protocol's spacing allows")
                        .contains("the protocol wants at least 44 h after infusion 1")
                        .doesNotContain("No free slot");
                office.press("Confirm booking");
                office.waitForText("Print for the patient");
                office.screenshot("booking-3-all-six-booked");
                assertThat(office.pageText()).contains("Booked 6 of 6 infusions");
            });
        } finally {
            full.putBack();
        }
        TreatmentPlan plan = plans.findAll().stream().filter(p -> p.getPatient().getId().equals(patient.getId())
                && p.getStatus() != PlanStatus.CANCELLED).findFirst().orElseThrow();
        List<InfusionVisit> booked = visits.seriesOf(List.of(plan.getId()));
        try {
            assertThat(booked).hasSize(6).allSatisfy(visit -> {
                assertThat(visit.isPinned()).isTrue();
                assertThat(visit.getClinician()).isNotNull();
                assertThat(time.inClinicZone(visit.getPlannedStart()).toLocalDate()).isNotEqualTo(wednesday);
            });
        } finally {
            booking.discard(plan.getId());
        }
    }

    private Patient freePatient() {
        Set<Long> withPlans = plans.findAll().stream().filter(p -> p.getStatus() != PlanStatus.CANCELLED)
                .map(p -> p.getPatient().getId()).collect(Collectors.toSet());
        return patients.search("", 0, 300)
                .filter(p -> p.getHomeLocation() != null && !withPlans.contains(p.getId()))
                .filter(care.rounds.booking.BookablePatients.bookable(screenings)).reduce((a, b) -> b)
                .orElseThrow();
    }
}
