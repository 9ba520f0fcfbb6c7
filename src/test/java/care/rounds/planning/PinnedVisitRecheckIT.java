package care.rounds.planning;

import care.rounds.KaribuTest;
import care.rounds.base.ClinicTime;
import care.rounds.booking.SeriesBooking;
import care.rounds.booking.SeriesRequest;
import care.rounds.clinicians.Clinician;
import care.rounds.clinicians.ClinicianService;
import care.rounds.clinicians.RosterSaved;
import care.rounds.patients.Patient;
import care.rounds.patients.PatientService;
import care.rounds.plans.PlanStatus;
import care.rounds.plans.TreatmentPlanRepository;
import care.rounds.plans.TreatmentProtocolRepository;
import care.rounds.visits.InfusionVisit;
import care.rounds.visits.VisitChange;
import care.rounds.visits.VisitChangeKind;
import care.rounds.visits.VisitChanges;
import care.rounds.visits.VisitService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A pinned visit is checked again after a roster change and before every planning run: one that breaks a clinic
 * rule now shows on the board with the call to make and leaves one history entry, however often it is checked.
 * Each case books its own visit about four weeks ahead (after the demo's visits), then puts the roster back.
 */
class PinnedVisitRecheckIT extends KaribuTest {

    @Autowired
    VisitChanges changes;
    @Autowired
    VisitService visits;
    @Autowired
    SeriesBooking booking;
    @Autowired
    PatientService patients;
    @Autowired
    TreatmentProtocolRepository protocols;
    @Autowired
    TreatmentPlanRepository plans;
    @Autowired
    ClinicianService roster;
    @Autowired
    ClinicTime time;
    @Autowired
    DayRuleCheck dayRules;
    @Autowired
    SchedulePlanner planner;

    private final List<Long> seriesBooked = new ArrayList<>();
    private Clinician crna;
    private Set<String> crnaStates;
    private LocalDate day;

    @BeforeEach
    void staff() {
        signInAs("coordinator");
        crna = roster.allForPlanning().stream().filter(c -> c.getFullName().equals("Maria Alvarez")).findFirst()
                .orElseThrow();
        crnaStates = Set.copyOf(crna.getLicensedStates());
        // within the weeks a roster change looks at (the planning horizon and three weeks more)
        day = time.today().plusDays(26).with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY));
    }

    @AfterEach
    void putBack() {
        signInAs("coordinator");
        seriesBooked.forEach(planId -> booking.discard(planId));
        Clinician entry = roster.find(crna.getId()).orElseThrow();
        entry.setLicensedStates(crnaStates);
        entry.getTimeOff().stream().filter(off -> "Day off over a pinned visit".equals(off.getReason())).toList()
                .forEach(entry::removeTimeOff);
        roster.saveAtStartUp(entry);
    }

    @Test
    void aDayOffOverAPinnedVisitIsFlaggedWithTheCallToMake() {
        InfusionVisit visit = bookedAtTen();

        signInAs("manager");
        Clinician entry = roster.find(crna.getId()).orElseThrow();
        entry.addTimeOff(time.startOf(day), time.startOf(day.plusDays(1)), "Day off over a pinned visit");
        RosterSaved saved = roster.saveRoster(entry);
        signInAs("coordinator");

        assertThat(saved.consequences()).anySatisfy(line -> assertThat(line).contains("1 pinned visit breaks"));
        List<VisitChange> flagged = flaggedEntries(visit);
        assertThat(flagged).hasSize(1);
        assertThat(flagged.get(0).getReason()).contains("Working day").contains("Call to make")
                .contains("time off").contains("call the patient");
        assertThat(flagged.get(0).getChangedBy()).isEqualTo("Rule check after a roster change");
        assertThat(dayRules.flagsOn(day)).anySatisfy(flag -> {
            assertThat(flag.visitId()).isEqualTo(visit.getId());
            assertThat(flag.words()).contains("pinned visit checked again").contains("Call to make");
        });
        UI.getCurrent().navigate(care.rounds.dispatch.ui.BoardView.class);
        _setValue(_get(DatePicker.class, spec -> spec.withId("board-day")), day);
        assertThat(_get(Div.class, spec -> spec.withId("rule-flags")).getElement().getTextRecursively())
                .contains("Rule broken").contains("pinned visit checked again").contains("call the patient");
    }

    @Test
    void aPinnedVisitIsCheckedBeforeEveryPlanningRunWithOneHistoryEntry() {
        InfusionVisit visit = bookedAtTen();
        // a change no roster screen made (as when a licence lapses in the records), so only the next run can find it
        Clinician entry = roster.find(crna.getId()).orElseThrow();
        entry.setLicensedStates(Set.of("AL"));
        roster.saveAtStartUp(entry);
        assertThat(flaggedEntries(visit)).isEmpty();

        planner.replanDay(day, "Test: a planning run");
        planner.replanDay(day, "Test: another planning run");

        InfusionVisit after = visits.find(visit.getId()).orElseThrow();
        assertThat(after.isPinned()).as("the planner leaves a pinned visit where it is").isTrue();
        assertThat(after.getRuleFlag()).contains("not licensed in GA").contains("move it by hand");
        List<VisitChange> flagged = flaggedEntries(visit);
        assertThat(flagged).as("one entry, not one per check").hasSize(1);
        assertThat(flagged.get(0).getChangedBy()).startsWith("Rule check before planning run");
        assertThat(dayRules.flagsOn(day)).anySatisfy(flag -> assertThat(flag.words())
                .contains("pinned visit checked again").contains("not licensed in GA"));

        entry = roster.find(crna.getId()).orElseThrow();
        entry.setLicensedStates(crnaStates);
        roster.saveAtStartUp(entry);
        planner.replanDay(day, "Test: a run after the licence is back");
        assertThat(visits.find(visit.getId()).orElseThrow().getRuleFlag()).as("keeps the rules again").isNull();
        assertThat(flaggedEntries(visit)).hasSize(1);
    }

    private List<VisitChange> flaggedEntries(InfusionVisit visit) {
        return changes.history(visit.getId()).stream().filter(c -> c.getKind() == VisitChangeKind.RULES_FLAGGED)
                .toList();
    }

    private InfusionVisit bookedAtTen() {
        Set<Long> withPlans = plans.findAll().stream().filter(p -> p.getStatus() != PlanStatus.CANCELLED)
                .map(p -> p.getPatient().getId()).collect(Collectors.toSet());
        Patient patient = patients.search("", 0, 300)
                .filter(p -> p.getHomeLocation() != null && "GA".equals(p.getState()) && !withPlans.contains(p.getId()))
                .findFirst().orElseThrow();
        List<InfusionVisit> series = booking.create(new SeriesRequest(patient.getId(),
                protocols.findByName("PTSD initial series").orElseThrow().getId(), day,
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY), LocalTime.of(8, 0), LocalTime.of(18, 0), null), care.rounds.booking.TestOrders.halfMgPerKg(roster, time.today()));
        seriesBooked.add(series.get(0).getPlan().getId());
        Instant ten = day.atTime(10, 0).atZone(time.zone()).toInstant();
        return changes.book(series.get(0).getId(), crna.getId(), ten);
    }
}
