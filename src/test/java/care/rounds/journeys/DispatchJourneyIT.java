package care.rounds.journeys;

import care.rounds.Browser;
import care.rounds.DemoDays;
import care.rounds.RoundsIntegrationTest;
import care.rounds.base.ClinicTime;
import care.rounds.clinicians.Clinician;
import care.rounds.clinicians.ClinicianService;
import care.rounds.security.RoundsUser;
import care.rounds.visits.InfusionVisit;
import care.rounds.visits.VisitService;
import care.rounds.visits.VisitStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The day of dispatch in a real browser: the coordinator optimizes a demo day on the board and sees
 * one road-following route per working clinician and their visits on the timeline; a clinician on a
 * phone-sized screen opens My day and marks the first visit done.
 */
@RoundsIntegrationTest
class DispatchJourneyIT {

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.context.ApplicationContext context;

    private static final String COUNT_ROUTES = "return document.getElementById('board-map').shadowRoot"
            + ".querySelectorAll('.leaflet-overlay-pane path.leaflet-interactive').length";
    private static final String ROUTE_SEGMENTS = "return Array.from(document.getElementById('board-map').shadowRoot"
            + ".querySelectorAll('.leaflet-overlay-pane path.leaflet-interactive'))"
            + ".map(p => (p.getAttribute('d').match(/L/g) || []).length)";
    private static final String COUNT_TIMELINE_VISITS = "return document.getElementById('board-timeline').shadowRoot"
            + ".querySelectorAll('.vis-item.visit').length";

    @LocalServerPort
    int port;
    @Autowired
    VisitService visits;
    @Autowired
    ClinicianService clinicians;
    @Autowired
    UserDetailsService users;
    @Autowired
    ClinicTime time;

    private Original movedForTheClinician;

    private record Original(long id, Instant earliestStart, Instant latestStart) {
    }

    @Test
    void coordinatorOptimizesADemoDayAndTheClinicianFinishesHerFirstVisit() {
        LocalDate demoDay = DemoDays.firstDayWithVisitsAfterToday(visits, time);
        try (Browser office = Browser.open(port, 1440, 1300)) {
            office.onFailureScreenshot("dispatch-failed", () -> optimize(office, demoDay));
        }

        InfusionVisit first = putAVisitOnTheClinicianRouteToday();
        Instant beforeThePhone = time.now().minusSeconds(1);
        try (Browser phone = Browser.open(port, 390, 844)) {
            phone.onFailureScreenshot("my-day-failed", () -> {
                phone.signIn("clinician", "clinician-demo-2026");
                phone.go("my-day");
                phone.waitForText(first.getPlan().getPatient().getFullName());
                phone.screenshot("dispatch-3-my-day-390");
                phone.driver().findElement(By.id("status-done-" + first.getId())).click();
                phone.waitForVaadin();
                // Done straight away skips steps, needs the adult at home confirmed and a reason for no monitoring
                phone.press("Skip and record Done");
                phone.driver().findElement(By.id("status-adult-present-" + first.getId())).click();
                phone.waitForVaadin();
                phone.press("Confirm and record Done");
                phone.driver().findElement(By.cssSelector("#status-early-done-reason-" + first.getId() + " textarea"))
                        .sendKeys("Patient declined the infusion; adult with her");
                phone.waitForVaadin();
                phone.press("Record Done");
                phone.waitUntil(d -> d.findElement(By.id("status-done-" + first.getId())).getText().startsWith("Done "));
                phone.screenshot("dispatch-4-my-day-done-390");
            });
        }
        signIn("coordinator");
        assertThat(visits.find(first.getId()).orElseThrow().getStatus()).isEqualTo(VisitStatus.DONE);
        assertThat(visits.statusLog(List.of(first.getId())).stream()
                .filter(entry -> entry.getRecordedAt().isAfter(beforeThePhone)).toList())
                .extracting(e -> e.getStatus() + " by " + e.getRecordedBy()).containsExactly("DONE by clinician");
    }

    private void optimize(Browser office, LocalDate day) {
        office.signIn("coordinator", "coordinator-demo-2026");
        office.go("board");
        office.date("Day", day.format(DateTimeFormatter.ofPattern("M/d/yyyy")));
        office.screenshot("dispatch-1-board-before");
        office.press("Optimize");
        office.waitUntil(d -> d.findElement(By.id("optimize-status")).getText().startsWith("Saved."));
        office.waitForVaadin();

        List<InfusionVisit> planned = DemoDays.plannedOn(visits, time, day);
        long working = planned.stream().map(v -> v.getClinician().getId()).distinct().count();
        assertThat(working).as("clinicians with visits on %s", day).isPositive();
        office.waitUntil(d -> ((Number) office.script(COUNT_ROUTES)).longValue() == working);
        office.waitUntil(d -> ((Number) office.script(COUNT_TIMELINE_VISITS)).longValue() == planned.size());
        @SuppressWarnings("unchecked")
        List<Number> segments = (List<Number>) office.script(ROUTE_SEGMENTS);
        long straightLineSegments = working + planned.size();
        assertThat(segments.stream().mapToLong(Number::longValue).sum())
                .as("the routes follow the roads: far more segments than straight lines from home to home (%s)", segments)
                .isGreaterThan(3 * straightLineSegments);
        office.screenshot("dispatch-2-board-optimized");
    }

    /** The demo's series start tomorrow at the earliest: give the clinician one of them this morning. */
    private InfusionVisit putAVisitOnTheClinicianRouteToday() {
        long me = ((RoundsUser) users.loadUserByUsername("clinician")).clinicianId();
        signIn("coordinator");
        Clinician her = clinicians.find(me).orElseThrow();
        Instant now = time.now();
        InfusionVisit last = visits.inHorizon(now, now.plus(Duration.ofDays(60))).stream()
                .filter(v -> v.getStatus() == VisitStatus.SCHEDULED || v.getStatus() == VisitStatus.UNSCHEDULED)
                .filter(v -> !v.getPlan().getProtocol().isAssessment())
                .max(Comparator.comparing(InfusionVisit::getEarliestStart)).orElseThrow();
        movedForTheClinician = new Original(last.getId(), last.getEarliestStart(), last.getLatestStart());
        Instant sevenAm = time.today().atTime(7, 0).atZone(time.zone()).toInstant();
        var fixtures = care.rounds.visits.VisitFixtures.of(context);
        fixtures.window(last.getId(), sevenAm, sevenAm.plus(Duration.ofHours(2)));
        fixtures.place(last.getId(), her, sevenAm.plus(Duration.ofMinutes(30)));
        return fixtures.freshForTheField(last.getId());
    }

    @AfterEach
    void putTheVisitBack() {
        if (movedForTheClinician == null) {
            return;
        }
        signIn("coordinator");
        var fixtures = care.rounds.visits.VisitFixtures.of(context);
        fixtures.window(movedForTheClinician.id(), movedForTheClinician.earliestStart(),
                movedForTheClinician.latestStart());
        fixtures.takeOffRoute(movedForTheClinician.id());
        fixtures.status(movedForTheClinician.id(), VisitStatus.UNSCHEDULED);
        fixtures.freshForTheField(movedForTheClinician.id());
        SecurityContextHolder.clearContext();
    }

    private void signIn(String username) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    }
}
