package care.rounds.clinicians;

import care.rounds.DemoDays;
import care.rounds.KaribuTest;
import care.rounds.base.ClinicTime;
import care.rounds.clinicians.ui.CliniciansView;
import care.rounds.planning.SchedulePlanner;
import care.rounds.visits.InfusionVisit;
import care.rounds.visits.VisitService;
import care.rounds.visits.VisitStatus;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The manager gives a clinician time off on the roster screen: the visits it rules out leave their
 * route at once; later days are re-planned by themselves, today's wait for the coordinator.
 */
class RosterChangeIT extends KaribuTest {

    @Autowired
    VisitService visits;
    @Autowired
    ClinicianService clinicians;
    @Autowired
    SchedulePlanner planner;
    @Autowired
    ClinicTime time;

    private Long clinicianWithTimeOff;
    private InfusionVisit movedToToday;
    private Instant movedFromEarliest;
    private Instant movedFromLatest;

    @Test
    void timeOffOnAPlannedDayRePlansThatDayWithoutTheClinician() throws InterruptedException {
        signInAs("coordinator");
        LocalDate day = DemoDays.firstDayWithVisitsAfterToday(visits, time);
        planner.planAndWait(day, 1);
        Map<Long, List<InfusionVisit>> byClinician = DemoDays.plannedOn(visits, time, day).stream()
                .filter(v -> !v.isPinned())
                .collect(Collectors.groupingBy(v -> v.getClinician().getId()));
        Long busiest = byClinician.entrySet().stream()
                .max(Comparator.comparing(e -> e.getValue().size())).orElseThrow().getKey();
        List<Long> hers = byClinician.get(busiest).stream().map(InfusionVisit::getId).toList();

        giveTimeOffOnTheRosterScreen(busiest, day.atStartOfDay(), day.plusDays(1).atStartOfDay(), "Sick");
        assertThat(NotificationsKt.getNotifications()).extracting(n -> n.getElement().getProperty("text", ""))
                .anyMatch(text -> text.contains(hers.size() + (hers.size() == 1 ? " visit" : " visits")
                        + " no longer fit: the planner is re-planning " + time.date(day)));

        String horizon = day + " + 1 days";
        for (int i = 0; i < 120 && planner.isPlanning(horizon); i++) {
            Thread.sleep(500);
        }
        signInAs("coordinator");
        for (Long id : hers) {
            InfusionVisit visit = visits.find(id).orElseThrow();
            assertThat(visit.getClinician()).as("visit %d after the time off", id)
                    .satisfiesAnyOf(c -> assertThat(c).isNull(), c -> assertThat(c.getId()).isNotEqualTo(busiest));
            if (visit.getClinician() == null) {
                assertThat(planner.explanation(id)).as("why visit %d waits", id).isPresent();
            }
        }
        assertThat(hers.stream().map(id -> visits.find(id).orElseThrow().getClinician()))
                .as("the re-planning placed at least one of her visits with a colleague")
                .anyMatch(c -> c != null);
    }

    @Test
    void timeOffTodayTakesTheVisitOffTheRouteAndLeavesTheDayToTheCoordinator() {
        signInAs("coordinator");
        Clinician clinician = clinicians.active().get(0);
        Instant now = time.now();
        movedToToday = visits.inHorizon(now, now.plus(Duration.ofDays(60))).stream()
                .filter(v -> v.getStatus() == VisitStatus.SCHEDULED || v.getStatus() == VisitStatus.UNSCHEDULED)
                .max(Comparator.comparing(InfusionVisit::getEarliestStart)).orElseThrow();
        movedFromEarliest = movedToToday.getEarliestStart();
        movedFromLatest = movedToToday.getLatestStart();
        Instant tenAm = time.today().atTime(10, 0).atZone(time.zone()).toInstant();
        fixtures().window(movedToToday.getId(), tenAm, tenAm.plus(Duration.ofHours(2)));
        movedToToday = fixtures().place(movedToToday.getId(), clinician, tenAm);

        giveTimeOffOnTheRosterScreen(clinician.getId(), time.today().atStartOfDay(),
                time.today().plusDays(1).atStartOfDay(), "Family emergency");

        signInAs("coordinator");
        InfusionVisit after = visits.find(movedToToday.getId()).orElseThrow();
        assertThat(after.getClinician()).isNull();
        assertThat(after.getStatus()).isEqualTo(VisitStatus.UNSCHEDULED);
        assertThat(planner.explanation(after.getId())).hasValueSatisfying(reason ->
                assertThat(reason).contains(clinician.getFullName()).contains("Optimize"));
        assertThat(planner.isPlanning(time.today() + " + 1 days")).isFalse();
    }

    @SuppressWarnings("unchecked")
    private void giveTimeOffOnTheRosterScreen(long clinicianId, java.time.LocalDateTime from,
                                              java.time.LocalDateTime until, String reason) {
        signInAs("manager");
        clinicianWithTimeOff = clinicianId;
        UI.getCurrent().navigate(CliniciansView.class);
        Grid<Clinician> grid = _get(Grid.class, spec -> spec.withId("clinicians-grid"));
        grid.select(clinicians.find(clinicianId).orElseThrow());
        _setValue(_get(DateTimePicker.class, spec -> spec.withLabel("Off from")), from);
        _setValue(_get(DateTimePicker.class, spec -> spec.withLabel("Until")), until);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Reason")), reason);
        _click(_get(Button.class, spec -> spec.withText("Add time off")));
        _click(_get(Button.class, spec -> spec.withId("clinician-save")));
    }

    @AfterEach
    void restore() {
        signInAs("manager");
        if (clinicianWithTimeOff != null) {
            Clinician clinician = clinicians.find(clinicianWithTimeOff).orElseThrow();
            List.copyOf(clinician.getTimeOff()).forEach(clinician::removeTimeOff);
            clinicians.save(clinician);
        }
        if (movedToToday != null) {
            fixtures().takeOffRoute(movedToToday.getId());
            fixtures().window(movedToToday.getId(), movedFromEarliest, movedFromLatest);
        }
    }

}
