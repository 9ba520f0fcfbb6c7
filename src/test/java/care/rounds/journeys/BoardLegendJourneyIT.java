package care.rounds.journeys;

import care.rounds.Browser;
import care.rounds.DemoDays;
import care.rounds.RoundsIntegrationTest;
import care.rounds.base.ClinicTime;
import care.rounds.clinicians.Clinician;
import care.rounds.clinicians.ClinicianService;
import care.rounds.clinicians.TimeOff;
import care.rounds.planning.SchedulePlanner;
import care.rounds.visits.InfusionVisit;
import care.rounds.visits.VisitService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The board in a real browser: the legend under the timeline, each timeline row in its clinician's
 * route colour (the same as her route on the map), and a called-out clinician's row cut at the call-out.
 */
@RoundsIntegrationTest
class BoardLegendJourneyIT {

    private static final String ROW_BANDS = "return Array.from(document.getElementById('board-timeline').shadowRoot"
            + ".querySelectorAll('.vis-labelset .vis-label')).map(l => getComputedStyle(l).borderLeftColor)";
    private static final String ROUTE_COLOURS = "return Array.from(document.getElementById('board-map').shadowRoot"
            + ".querySelectorAll('.leaflet-overlay-pane path.leaflet-interactive')).map(p => p.getAttribute('stroke'))";

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
    @Autowired
    SchedulePlanner planner;

    private Long calledOut;

    @Test
    void theLegendExplainsTheBoardAndEachRowHasItsRoutesColour() {
        signIn("coordinator");
        LocalDate day = DemoDays.firstDayWithVisitsAfterToday(visits, time);
        if (DemoDays.plannedOn(visits, time, day).isEmpty()) {
            planner.planAndWait(time.today(), 21); // the tests' demo clinic starts unplanned
        }
        List<InfusionVisit> planned = DemoDays.plannedOn(visits, time, day);
        Clinician her = planned.get(planned.size() - 1).getClinician();
        Instant twoPm = day.atTime(14, 0).atZone(time.zone()).toInstant();
        // straight into the roster, without the re-plan a call-out starts: the board shows her row as it is
        Clinician withCallOut = clinicians.find(her.getId()).orElseThrow();
        withCallOut.addTimeOff(twoPm, day.atTime(23, 0).atZone(time.zone()).toInstant(), "Sick");
        clinicians.saveAtStartUp(withCallOut);
        calledOut = her.getId();

        try (Browser office = Browser.open(port, 1440, 1800)) {
            office.onFailureScreenshot("board-legend-failed", () -> {
                office.signIn("coordinator", "coordinator-demo-2026");
                office.go("board?day=" + day);
                office.waitForText("Clinicians (route on the map, row on the timeline):");
                office.waitForText(her.getDisplayName() + " (Unavailable from 2:00 PM: Sick)");
                office.waitUntil(d -> !((List<?>) office.script(ROW_BANDS)).isEmpty());
                office.script("document.getElementById('board-timeline').scrollIntoView()");
                office.screenshot("board-legend");

                @SuppressWarnings("unchecked")
                List<String> bands = (List<String>) office.script(ROW_BANDS);
                List<String> legend = office.driver().findElements(By.cssSelector("#board-legend [data-colour]")).stream()
                        .map(e -> e.getAttribute("data-colour")).toList();
                assertThat(bands).hasSameSizeAs(legend);
                for (int i = 0; i < legend.size(); i++) {
                    assertThat(bands.get(i)).as("row %s", i + 1).isEqualTo(rgb(legend.get(i)));
                }
                @SuppressWarnings("unchecked")
                List<String> routes = (List<String>) office.script(ROUTE_COLOURS);
                assertThat(legend).containsAll(routes.stream().distinct().toList());
                String unavailable = (String) office.script("return document.getElementById('board-timeline')"
                        + ".shadowRoot.querySelector('.vis-item.idle').textContent");
                assertThat(unavailable).contains("Unavailable from 2:00 PM: Sick");
            });
        }
    }

    @AfterEach
    void endTheCallOut() {
        if (calledOut == null) {
            return;
        }
        signIn("coordinator");
        Clinician her = clinicians.find(calledOut).orElseThrow();
        List<TimeOff> sick = her.getTimeOff().stream().filter(off -> "Sick".equals(off.getReason())).toList();
        sick.forEach(her::removeTimeOff);
        clinicians.saveAtStartUp(her);
        SecurityContextHolder.clearContext();
    }

    private static String rgb(String hex) {
        return "rgb(" + Integer.parseInt(hex.substring(1, 3), 16) + ", " + Integer.parseInt(hex.substring(3, 5), 16)
                + ", " + Integer.parseInt(hex.substring(5, 7), 16) + ")";
    }

    private void signIn(String username) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    }
}
