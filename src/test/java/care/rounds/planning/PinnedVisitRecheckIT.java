package care.rounds.planning;

import care.rounds.KaribuTest;
import care.rounds.base.ClinicTime;
import care.rounds.booking.SeriesBooking;
import care.rounds.booking.SeriesRequest;
import care.rounds.clinicians.Clinician;
import care.rounds.clinicians.ClinicianService;
import care.rounds.clinicians.Credential;
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
    @Autowired
    care.rounds.plans.ProtocolService protocolService;

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

    /**
     * The coordinator moves a patient's home (as the Patients screen saves it) far from the home before it on the
     * clinician's day: her pinned visit there can no longer be reached in time. Putting the address back clears it.
     */
    @Test
    void aNewHomeAddressThatMakesAPinnedVisitOverlapIsFlaggedAndClearedWhenPutBack() {
        LocalDate tuesday = time.today().plusDays(27).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
        List<Patient> free = patientsWithoutPlans();
        Patient before = free.get(0);
        Patient patient = free.stream().skip(1).min(java.util.Comparator.comparingDouble(p -> distance(before, p)))
                .orElseThrow();
        Patient farAway = patients.search("", 0, 300).filter(p -> p.getHomeLocation() != null && "GA".equals(p.getState()))
                .max(java.util.Comparator.comparingDouble(p -> distance(before, p))).orElseThrow();
        care.rounds.base.Place home = patient.getHome();
        try {
            InfusionVisit first = bookSeries(before, "PTSD initial series", tuesday);
            InfusionVisit booked = changes.book(first.getId(), crna.getId(), tuesday.atTime(10, 0).atZone(time.zone()).toInstant());
            // the patient nearby at the earliest start the rules allow after it (within five minutes)
            InfusionVisit visit = bookedAtTheEarliestAfter(bookSeries(patient, "PTSD initial series", tuesday),
                    booked.getPlannedEnd());
            assertThat(visit.getRuleFlag()).isNull();

            Patient moved = patients.find(patient.getId()).orElseThrow();
            moved.setHome(farAway.getHome());
            patients.save(moved);

            InfusionVisit flagged = visits.find(visit.getId()).orElseThrow();
            assertThat(flagged.getPlannedStart()).as("pinned: nothing moves it").isEqualTo(visit.getPlannedStart());
            assertThat(flagged.getRuleFlag()).contains("Overlap").contains("on the road")
                    .contains("Call to make").contains("move it by hand");
            assertThat(flaggedEntries(visit)).singleElement().satisfies(entry ->
                    assertThat(entry.getChangedBy()).isEqualTo("Rule check after the patient's record changed"));
            assertThat(dayRules.flagsOn(tuesday)).anySatisfy(flag -> {
                assertThat(flag.visitId()).isEqualTo(visit.getId());
                assertThat(flag.words()).contains("pinned visit checked again").contains("Overlap");
            });

            Patient back = patients.find(patient.getId()).orElseThrow();
            back.setHome(home);
            patients.save(back);
            assertThat(visits.find(visit.getId()).orElseThrow().getRuleFlag()).as("keeps the rules again").isNull();
            assertThat(flaggedEntries(visit)).as("cleared silently").hasSize(1);
        } finally {
            Patient back = patients.find(patient.getId()).orElseThrow();
            if (!home.equals(back.getHome())) {
                back.setHome(home);
                patients.saveAtStartUp(back);
            }
        }
    }

    /**
     * A protocol save cannot break a booked visit by design: a change to the rules of a protocol that plans follow
     * retires it under a dated name (those plans keep it) and saves the new rules for series booked afterwards; a
     * save without a rule change changes nothing the check reads. So the check it runs finds the visit booked under
     * the old rules keeping them, clears a flag an earlier check left, and flags only what is broken for another
     * reason (here a licence that lapsed in the records, which no roster screen reported).
     */
    @Test
    void aProtocolSaveChecksPinnedVisitsAgainLeavingTheRulesTheyWereBookedWithAndClearingAStaleFlag() {
        String name = "Recheck test protocol " + java.util.UUID.randomUUID();
        protocols.save(new care.rounds.plans.TreatmentProtocol(name, 6, 120, 100, 44, 96,
                EnumSet.of(Credential.CRNA, Credential.MD, Credential.NP)));
        Clinician other = roster.allForPlanning().stream().filter(c -> c.getFullName().equals("Marcus Greene"))
                .findFirst().orElseThrow();
        Set<String> otherStates = Set.copyOf(other.getLicensedStates());
        LocalDate thursday = time.today().plusDays(27).with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY));
        Instant ten = thursday.atTime(10, 0).atZone(time.zone()).toInstant();
        try {
            List<Patient> free = patientsWithoutPlans();
            InfusionVisit kept = changes.book(bookSeries(free.get(0), name, thursday).getId(), crna.getId(), ten);
            // a flag an earlier check left, whose cause has since been put right
            changes.flagBrokenRules(kept.getId(), "Clinician not licensed in GA: Maria Alvarez holds no licence there."
                    + " Call to make: it is pinned, so the planner will not move it: move it by hand.");
            InfusionVisit lapsed = changes.book(bookSeries(free.get(1), "PTSD initial series", thursday).getId(),
                    other.getId(), ten);
            Clinician entry = roster.find(other.getId()).orElseThrow();
            entry.setLicensedStates(Set.of("AL"));
            roster.saveAtStartUp(entry);

            signInAs("manager");
            care.rounds.plans.TreatmentProtocol edited = protocolService.all().stream()
                    .filter(p -> p.getName().equals(name)).findFirst().orElseThrow();
            edited.setCredentialsAllowed(EnumSet.of(Credential.MD, Credential.NP)); // no longer CRNAs
            protocolService.save(edited);
            signInAs("coordinator");

            InfusionVisit after = visits.find(kept.getId()).orElseThrow();
            assertThat(after.getPlan().getProtocol().getName()).as("booked under the rules before the change")
                    .startsWith(name + " (booked until");
            assertThat(after.getClinician().getId()).isEqualTo(crna.getId());
            assertThat(after.getRuleFlag()).as("the stale flag is cleared, the new rules do not apply").isNull();
            assertThat(flaggedEntries(kept)).as("nothing new in its history").hasSize(1);
            assertThat(visits.find(lapsed.getId()).orElseThrow().getRuleFlag()).as("checked again on the save")
                    .contains("not licensed in GA").contains("Call to make");
            assertThat(flaggedEntries(lapsed)).singleElement().satisfies(flag ->
                    assertThat(flag.getChangedBy()).isEqualTo("Rule check after a protocol change"));
            assertThat(dayRules.flagsOn(thursday)).noneSatisfy(flag -> assertThat(flag.visitId()).isEqualTo(kept.getId()));
        } finally {
            signInAs("coordinator");
            Clinician entry = roster.find(other.getId()).orElseThrow();
            entry.setLicensedStates(otherStates);
            roster.saveAtStartUp(entry);
            seriesBooked.forEach(planId -> booking.discard(planId));
            seriesBooked.clear();
            signInAs("manager");
            protocolService.all().stream().filter(p -> p.getName().startsWith(name))
                    .forEach(p -> protocolService.deleteOrDeactivate(p.getId()));
            signInAs("coordinator");
        }
    }

    private List<Patient> patientsWithoutPlans() {
        Set<Long> withPlans = plans.findAll().stream().filter(p -> p.getStatus() != PlanStatus.CANCELLED)
                .map(p -> p.getPatient().getId()).collect(Collectors.toSet());
        return patients.search("", 0, 300).filter(p -> p.getHomeLocation() != null && "GA".equals(p.getState())
                && !withPlans.contains(p.getId())).toList();
    }

    /** The first infusion of a series starting on this day (that weekday only), not placed yet. */
    private InfusionVisit bookSeries(Patient patient, String protocol, LocalDate on) {
        List<InfusionVisit> series = booking.create(new SeriesRequest(patient.getId(),
                protocols.findByName(protocol).orElseThrow().getId(), on, EnumSet.of(on.getDayOfWeek()),
                LocalTime.of(8, 0), LocalTime.of(18, 0), null), care.rounds.booking.TestOrders.halfMgPerKg(roster, time.today()));
        seriesBooked.add(series.get(0).getPlan().getId());
        return series.get(0);
    }

    /** Booked with the CRNA at the first start, in five-minute steps after {@code after}, that the rules allow. */
    private InfusionVisit bookedAtTheEarliestAfter(InfusionVisit visit, Instant after) {
        for (Instant start = after; start.isBefore(after.plusSeconds(3 * 3600)); start = start.plusSeconds(300)) {
            try {
                return changes.book(visit.getId(), crna.getId(), start);
            } catch (care.rounds.visits.ClinicalRuleBroken refused) {
                // still with the patient before, or on the road
            }
        }
        throw new AssertionError("No start within three hours of the visit before");
    }

    /** Straight-line distance (degrees, enough to compare) between two homes. */
    private static double distance(Patient a, Patient b) {
        double lat = a.getHomeLocation().latitude() - b.getHomeLocation().latitude();
        double lon = (a.getHomeLocation().longitude() - b.getHomeLocation().longitude())
                * Math.cos(Math.toRadians(a.getHomeLocation().latitude()));
        return Math.sqrt(lat * lat + lon * lon);
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
