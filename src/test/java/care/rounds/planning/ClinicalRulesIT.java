package care.rounds.planning;

import care.rounds.KaribuTest;
import care.rounds.base.ClinicTime;
import care.rounds.booking.SeriesBooking;
import care.rounds.booking.SeriesRequest;
import care.rounds.booking.TestOrders;
import care.rounds.clinicians.Clinician;
import care.rounds.clinicians.ClinicianService;
import care.rounds.patients.Patient;
import care.rounds.patients.PatientService;
import care.rounds.plans.PlanStatus;
import care.rounds.plans.TreatmentPlanRepository;
import care.rounds.plans.TreatmentProtocolRepository;
import care.rounds.visits.ClinicalRuleBroken;
import care.rounds.visits.InfusionVisit;
import care.rounds.visits.VisitChange;
import care.rounds.visits.VisitChanges;
import care.rounds.visits.VisitService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The clinic's legal and safety rules hold on every path that puts a visit somewhere by hand: each rule times
 * each path is refused with the rule named, and nothing is written. Timing rules may be overridden with a
 * reason, which the visit's history keeps (one entry) and the visit carries as its exception. Each case books
 * its own series on a day a month ahead (no demo visits there) and discards it afterwards.
 */
class ClinicalRulesIT extends KaribuTest {

    enum Rule { CREDENTIAL, SCOPE_IN_STATE, RN_SUPERVISION, LICENCE, DOSE_KITS, OVERLAP, ONE_VISIT_PER_PATIENT_PER_DAY }

    enum Path { RESCHEDULE_TO_CLINICIAN_AND_TIME, BOARD_MOVE, BOOKING_CONFIRM }

    @Autowired
    VisitChanges changes;
    @Autowired
    VisitService visits;
    @Autowired
    MovePreview moves;
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
    care.rounds.dispatch.DayOfEvents events;
    @Autowired
    SchedulePlanner planner;
    @Autowired
    care.rounds.plans.ProtocolService protocolService;

    private final List<Long> seriesBooked = new ArrayList<>();
    private final List<Remembered> rosterToPutBack = new ArrayList<>();
    private final Map<Long, String> patientStatesToPutBack = new LinkedHashMap<>();
    /** Roster entries given a day off by a case (with {@link #DAY_OFF}), put back after it. */
    private final Set<Long> daysOffToPutBack = new java.util.LinkedHashSet<>();
    private static final String DAY_OFF = "Day off in a supervision test";
    private Clinician crna;
    private Clinician rn;

    @BeforeEach
    void staff() {
        signInAs("coordinator");
        crna = byName("Maria Alvarez");
        rn = byName("James Whitfield");
    }

    @AfterEach
    void putBack() {
        signInAs("coordinator");
        seriesBooked.forEach(planId -> booking.discard(planId));
        for (Remembered entry : rosterToPutBack) {
            Clinician clinician = roster.find(entry.clinicianId()).orElseThrow();
            clinician.setLicensedStates(entry.states());
            clinician.setDoseKitsPerDay(entry.kits());
            clinician.setCredential(entry.credential());
            roster.saveAtStartUp(clinician);
        }
        for (long clinicianId : daysOffToPutBack) {
            Clinician clinician = roster.find(clinicianId).orElseThrow();
            clinician.getTimeOff().stream().filter(off -> DAY_OFF.equals(off.getReason())).toList()
                    .forEach(clinician::removeTimeOff);
            roster.saveAtStartUp(clinician);
        }
        patientStatesToPutBack.forEach((patientId, state) -> {
            Patient patient = patients.find(patientId).orElseThrow();
            patient.setState(state);
            patients.save(patient);
        });
    }

    static Stream<Arguments> everyRuleOnEveryPath() {
        return Arrays.stream(Rule.values()).flatMap(rule -> Arrays.stream(Path.values()).map(path -> Arguments.of(rule, path)));
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("everyRuleOnEveryPath")
    void aLegalOrSafetyRuleIsNeverBrokenByHand(Rule rule, Path path) {
        Case broken = arrange(rule);
        InfusionVisit before = visits.find(broken.visitId()).orElseThrow();
        int historyBefore = changes.history(broken.visitId()).size();

        if (rule == Rule.OVERLAP && path == Path.BOARD_MOVE) {
            // the board's move never overlaps: it starts the visit when the clinician is free, after the other one
            InfusionVisit moved = moves.apply(broken.visitId(), before.getVersion(), broken.clinicianId(), broken.start(),
                    "Patient asked for this time");
            assertThat(moved.getPlannedStart()).isAfterOrEqualTo(broken.busyUntil());
            return;
        }
        assertThatThrownBy(() -> act(path, broken))
                .isInstanceOf(ClinicalRuleBroken.class)
                .hasMessageContaining(broken.ruleWords())
                .hasMessageContaining("cannot be overridden")
                .satisfies(refusal -> assertThat(((ClinicalRuleBroken) refusal).exceptionPossible()).isFalse());

        InfusionVisit after = visits.find(broken.visitId()).orElseThrow();
        assertThat(after.getVersion()).as("nothing written").isEqualTo(before.getVersion());
        assertThat(changes.history(broken.visitId())).hasSize(historyBefore);
    }

    @Test
    void aTimingRuleIsRefusedWithoutAnExceptionAndRecordedWithOne() {
        List<InfusionVisit> series = bookSeries("PTSD initial series");
        InfusionVisit first = series.get(0);
        Instant beforeWindow = first.getEarliestStart().minusSeconds(3600);

        assertThatThrownBy(() -> changes.move(first.getId(), first.getVersion(), crna.getId(), beforeWindow,
                "Patient asked for 7:00", List.of()))
                .isInstanceOf(ClinicalRuleBroken.class)
                .hasMessageContaining("Outside the patient's window")
                .satisfies(refusal -> assertThat(((ClinicalRuleBroken) refusal).exceptionPossible()).isTrue());

        int historyBefore = changes.history(first.getId()).size();
        InfusionVisit moved = changes.move(first.getId(), first.getVersion(), crna.getId(), beforeWindow,
                "Patient asked for 7:00", List.of(), true);

        assertThat(moved.getPlannedStart()).isEqualTo(beforeWindow);
        assertThat(moved.getTimingException()).contains("Outside the patient's window")
                .contains("Exception: Patient asked for 7:00");
        List<VisitChange> history = changes.history(first.getId());
        assertThat(history).hasSize(historyBefore + 1);
        assertThat(history.get(0).getReason()).startsWith("Patient asked for 7:00")
                .contains("timing exception").contains("Outside the patient's window");
    }

    @Test
    void aBookingChecksTheChosenOptionsTogether() {
        List<InfusionVisit> series = bookSeries("PTSD initial series");
        LocalDate day = time.inClinicZone(series.get(0).getEarliestStart()).toLocalDate();
        Map<Long, SlotOption> chosen = new LinkedHashMap<>();
        chosen.put(series.get(0).getId(), option(series.get(0), crna, day.atTime(9, 0)));
        // the second infusion on a later day, but only 24 h after the first: too soon after it
        chosen.put(series.get(1).getId(), option(series.get(1), crna, day.plusDays(1).atTime(9, 0)));

        assertThatThrownBy(() -> booking.confirm(chosen))
                .isInstanceOf(ClinicalRuleBroken.class)
                .hasMessageContaining("Too soon after the previous infusion");
        assertThat(visits.find(series.get(0).getId()).orElseThrow().getClinician()).as("nothing booked").isNull();

        List<InfusionVisit> booked = booking.confirm(chosen, "Physician allowed a 24 h gap for this patient");
        assertThat(booked).hasSize(2);
        assertThat(booked.get(1).getTimingException()).contains("Too soon after the previous infusion");
    }

    @Test
    void aChangeThatKeepsEveryRuleGoesThrough() {
        List<InfusionVisit> series = bookSeries("PTSD initial series");
        InfusionVisit first = series.get(0);
        Instant tenAm = time.inClinicZone(first.getEarliestStart()).toLocalDate().atTime(10, 0)
                .atZone(time.zone()).toInstant();

        InfusionVisit moved = changes.move(first.getId(), first.getVersion(), crna.getId(), tenAm, "Patient asked", List.of());

        assertThat(moved.getPlannedStart()).isEqualTo(tenAm);
        assertThat(moved.getTimingException()).isNull();
    }

    @Test
    void aVisitNotPinnedFollowsOnLaterWithinItsWindowInsteadOfOverlapping() {
        InfusionVisit other = bookSeries("PTSD initial series").get(0);
        fixtures().place(other.getId(), crna, at(other, 10));
        InfusionVisit visit = bookSeries("PTSD initial series").get(0);

        changes.move(visit.getId(), visit.getVersion(), crna.getId(), at(visit, 10).minusSeconds(1800),
                "Patient asked for 9:30", List.of());

        InfusionVisit pushed = visits.find(other.getId()).orElseThrow();
        assertThat(pushed.getPlannedStart()).as("after the moved visit and the drive")
                .isAfterOrEqualTo(visits.find(visit.getId()).orElseThrow().getPlannedEnd());
        assertThat(changes.history(other.getId()).get(0).getKind())
                .isEqualTo(care.rounds.visits.VisitChangeKind.PUSHED_LATER);
    }

    @Test
    void aRosterChangeTakesABookedVisitOffTheRouteOfAClinicianNoLongerLicensed() {
        InfusionVisit visit = bookSeries("PTSD initial series").get(0);
        changes.book(visit.getId(), crna.getId(), at(visit, 10));

        signInAs("manager");
        Clinician entry = remember(roster.find(crna.getId()).orElseThrow());
        entry.setLicensedStates(Set.of("AL"));
        roster.saveRoster(entry);
        signInAs("coordinator");

        InfusionVisit after = visits.find(visit.getId()).orElseThrow();
        assertThat(after.getClinician() == null || !after.getClinician().getId().equals(crna.getId()))
                .as("no longer with a clinician not licensed in the patient's state").isTrue();
        assertThat(changes.history(visit.getId())).anySatisfy(change ->
                assertThat(change.getReason()).contains("Roster change").contains("not licensed in GA"));
    }

    /**
     * The roster path for every legal rule a roster change can break: the clinician's credential, licence (above)
     * and kits per day. Overlap, one visit per patient per day and scope in the patient's state are about visits and
     * protocols, not one clinician's entry; a roster change cannot break them alone. RN supervision is broken by
     * another clinician's entry (the MD or NP on duty): see
     * {@link #theOnlyPhysicianOrNursePractitionerOnDutyNoLongerSupervisingFlagsThePinnedRnVisits}.
     */
    @ParameterizedTest(name = "{0} broken by a roster change")
    @org.junit.jupiter.params.provider.EnumSource(value = Rule.class, names = {"CREDENTIAL", "DOSE_KITS"})
    void aRosterChangeThatBreaksARuleOfABookedVisitTakesItOffTheRouteOrFlagsItNamingTheRule(Rule rule) {
        List<InfusionVisit> booked = new ArrayList<>();
        InfusionVisit visit = bookSeries("Depression initial series").get(0);
        booked.add(changes.book(visit.getId(), crna.getId(), at(visit, 14)));
        if (rule == Rule.DOSE_KITS) {
            InfusionVisit other = bookSeries("Depression initial series").get(0);
            booked.add(changes.book(other.getId(), crna.getId(), at(other, 9)));
        }
        LocalDate day = time.inClinicZone(at(visit, 14)).toLocalDate();

        signInAs("manager");
        Clinician entry = remember(roster.find(crna.getId()).orElseThrow());
        if (rule == Rule.CREDENTIAL) {
            entry.setCredential(care.rounds.clinicians.Credential.RN); // the depression series is not given by RNs
        } else {
            entry.setDoseKitsPerDay(1);
        }
        roster.saveRoster(entry);
        signInAs("coordinator");

        String words = rule == Rule.CREDENTIAL ? "may not give this infusion" : "Dose kits";
        List<String> said = new ArrayList<>();
        booked.forEach(v -> changes.history(v.getId()).forEach(change -> said.add(String.valueOf(change.getReason()))));
        dayRules.flagsOn(day).stream().filter(f -> booked.stream().anyMatch(v -> v.getId().equals(f.visitId())))
                .forEach(f -> said.add(f.words()));
        assertThat(said).as("taken off the route or flagged, with the rule named").anySatisfy(text ->
                assertThat(text).containsIgnoringCase(words));
    }

    /**
     * RN supervision broken by a roster change: the physician or nurse practitioner who supervises is not on the
     * RN's route, so checking that clinician's own visits again would miss it. A Thursday about four weeks ahead,
     * on which two of the three MDs and NPs already have the day off.
     */
    /** How the last MD or NP on duty stops supervising. */
    enum NoLongerSupervising { DAY_OFF, CREDENTIAL_CHANGED }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.EnumSource(NoLongerSupervising.class)
    void theOnlyPhysicianOrNursePractitionerOnDutyNoLongerSupervisingFlagsThePinnedRnVisits(NoLongerSupervising how) {
        LocalDate thursday = time.today().plusDays(27).with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY));
        List<Clinician> supervisors = roster.allForPlanning().stream().filter(Clinician::isActive)
                .filter(c -> c.getCredential() == care.rounds.clinicians.Credential.MD
                        || c.getCredential() == care.rounds.clinicians.Credential.NP).toList();
        assertThat(supervisors).as("the demo's MDs and NPs").hasSizeGreaterThanOrEqualTo(2);
        Clinician onDuty = supervisors.get(0);
        supervisors.stream().skip(1).forEach(other -> {
            Clinician entry = roster.find(other.getId()).orElseThrow();
            daysOffToPutBack.add(entry.getId());
            entry.addTimeOff(time.startOf(thursday), time.startOf(thursday.plusDays(1)), DAY_OFF);
            roster.saveAtStartUp(entry);
        });
        InfusionVisit visit = bookSeries("PTSD initial series", DayOfWeek.THURSDAY, thursday).get(0);
        // allowed: the RN gives it while the one MD or NP left on duty can be reached
        InfusionVisit pinned = changes.book(visit.getId(), rn.getId(), at(visit, 10));
        assertThat(pinned.isPinned()).isTrue();
        assertThat(pinned.getRuleFlag()).isNull();

        signInAs("manager");
        Clinician entry = remember(roster.find(onDuty.getId()).orElseThrow());
        if (how == NoLongerSupervising.DAY_OFF) {
            daysOffToPutBack.add(entry.getId());
            entry.addTimeOff(time.startOf(thursday), time.startOf(thursday.plusDays(1)), DAY_OFF);
        } else {
            entry.setCredential(care.rounds.clinicians.Credential.CRNA); // she no longer counts as a supervisor
        }
        care.rounds.clinicians.RosterSaved saved = roster.saveRoster(entry);
        signInAs("coordinator");

        assertThat(saved.consequences()).as("the manager is told")
                .anySatisfy(line -> assertThat(line).contains("1 pinned visit breaks").contains("the board shows the call to make"));
        InfusionVisit after = visits.find(visit.getId()).orElseThrow();
        assertThat(after.getClinician().getId()).as("still on the RN's route: her own roster did not change")
                .isEqualTo(rn.getId());
        assertThat(after.getRuleFlag()).contains("RN supervision").contains("no physician or nurse practitioner is on duty")
                .contains("Call to make").contains("move it by hand");
        assertThat(changes.history(visit.getId())).filteredOn(c -> c.getKind() == care.rounds.visits.VisitChangeKind.RULES_FLAGGED)
                .singleElement().satisfies(c -> {
                    assertThat(c.getChangedBy()).isEqualTo("Rule check after a roster change");
                    assertThat(c.getReason()).contains("RN supervision");
                });
        assertThat(dayRules.flagsOn(thursday)).anySatisfy(flag -> {
            assertThat(flag.visitId()).isEqualTo(visit.getId());
            assertThat(flag.words()).contains("pinned visit checked again").contains("RN supervision")
                    .contains("Call to make");
        });
        UI.getCurrent().navigate(care.rounds.dispatch.ui.BoardView.class);
        _setValue(_get(DatePicker.class, spec -> spec.withId("board-day")), thursday);
        assertThat(_get(Div.class, spec -> spec.withId("rule-flags")).getElement().getTextRecursively())
                .contains("Rule broken").contains("RN supervision").contains("move it by hand");
    }

    @Test
    void aProtocolChangeAppliesToSeriesOrderedAfterItAndTheirBookingKeepsIt() {
        String name = "Rules test protocol " + java.util.UUID.randomUUID();
        care.rounds.plans.TreatmentProtocol protocol = new care.rounds.plans.TreatmentProtocol(name, 6, 120, 100, 44, 96,
                EnumSet.of(care.rounds.clinicians.Credential.CRNA, care.rounds.clinicians.Credential.MD,
                        care.rounds.clinicians.Credential.NP));
        protocols.save(protocol);
        InfusionVisit before = bookSeries(name).get(0);
        changes.book(before.getId(), crna.getId(), at(before, 10));

        signInAs("manager");
        care.rounds.plans.TreatmentProtocol edited = protocols.findByName(name).orElseThrow();
        edited.setCredentialsAllowed(EnumSet.of(care.rounds.clinicians.Credential.MD, care.rounds.clinicians.Credential.NP));
        protocolService.save(edited);
        signInAs("coordinator");

        // the series booked before keeps the protocol it was ordered under: nothing to flag
        InfusionVisit kept = visits.find(before.getId()).orElseThrow();
        assertThat(kept.getClinician().getId()).isEqualTo(crna.getId());
        assertThat(dayRules.flagsOn(time.inClinicZone(at(before, 10)).toLocalDate()))
                .noneSatisfy(flag -> assertThat(flag.visitId()).isEqualTo(before.getId()));
        // a series ordered after the change is held to it on every hand path
        InfusionVisit after = bookSeries(name).get(0);
        Case broken = new Case(after.getId(), crna.getId(), at(after, 10), "Credential", null);
        for (Path path : Path.values()) {
            assertThatThrownBy(() -> act(path, broken)).as(path.name())
                    .isInstanceOf(ClinicalRuleBroken.class).hasMessageContaining("Credential");
        }
    }

    @Test
    void aBookedVisitThatBreaksARuleNowShowsOnTheBoardWithTheCallToMake() {
        InfusionVisit visit = bookSeries("PTSD initial series").get(0);
        changes.book(visit.getId(), crna.getId(), at(visit, 10));
        // a change the roster screen did not make (as when a patient's address moves to another state)
        Clinician entry = remember(roster.find(crna.getId()).orElseThrow());
        entry.setLicensedStates(Set.of("AL"));
        roster.saveAtStartUp(entry);
        LocalDate day = time.inClinicZone(at(visit, 10)).toLocalDate();

        assertThat(dayRules.flagsOn(day)).anySatisfy(flag -> {
            assertThat(flag.visitId()).isEqualTo(visit.getId());
            assertThat(flag.exception()).isFalse();
            assertThat(flag.words()).contains("not licensed in GA").contains("pinned").contains("call the patient");
        });

        UI.getCurrent().navigate(care.rounds.dispatch.ui.BoardView.class);
        _setValue(_get(DatePicker.class, spec -> spec.withId("board-day")), day);
        assertThat(_get(Div.class, spec -> spec.withId("rule-flags")).getElement().getTextRecursively())
                .contains("Rule broken").contains("not licensed in GA").contains("call the patient");
    }

    @Test
    void anRnInfusionWithNoPhysicianOrNursePractitionerOnDutyShowsOnTheBoardsRuleCheck() {
        InfusionVisit visit = bookSeries("PTSD initial series", DayOfWeek.SATURDAY).get(0);
        // placed as a planner result or an old booking would be, without the hand-change check
        fixtures().place(visit.getId(), byName("Kevin Tran"), at(visit, 10));
        LocalDate saturday = time.inClinicZone(at(visit, 10)).toLocalDate();

        assertThat(dayRules.flagsOn(saturday)).anySatisfy(flag -> {
            assertThat(flag.visitId()).isEqualTo(visit.getId());
            assertThat(flag.words()).contains("RN supervision").contains("no physician or nurse practitioner is on duty");
        });
    }

    @Test
    void aTimingExceptionShowsOnTheBoardWithItsReason() {
        InfusionVisit first = bookSeries("PTSD initial series").get(0);
        Instant beforeWindow = first.getEarliestStart().minusSeconds(1800);
        changes.move(first.getId(), first.getVersion(), crna.getId(), beforeWindow, "Patient asked for 7:30", List.of(),
                true);
        LocalDate day = time.inClinicZone(beforeWindow).toLocalDate();

        assertThat(dayRules.flagsOn(day)).anySatisfy(flag -> {
            assertThat(flag.visitId()).isEqualTo(first.getId());
            assertThat(flag.exception()).isTrue();
            assertThat(flag.words()).contains("Exception: Patient asked for 7:30");
        });
    }

    @Test
    void anUrgentVisitIsPlacedOnlyWhereTheLegalRulesAllow() {
        Set<Long> withPlans = plans.findAll().stream().filter(p -> p.getStatus() != PlanStatus.CANCELLED)
                .map(p -> p.getPatient().getId()).collect(Collectors.toSet());
        // a patient with a physician's order on file (an urgent infusion is given under it), nothing booked if any
        Patient patient = patients.search("", 0, 300)
                .filter(p -> p.getHomeLocation() != null && booking.latestOrderOf(p.getId()).isPresent())
                .sorted(java.util.Comparator.comparing((Patient p) -> withPlans.contains(p.getId())))
                .findFirst().orElseThrow();
        long single = protocols.findByName("Single infusion").orElseThrow().getId();
        try {
            events.urgentVisit(patient.getId(), single);
        } catch (IllegalStateException lateInTheDay) {
            return; // after 23:30 the urgent visit is refused outright
        }
        InfusionVisit urgent = plans.findAll().stream().filter(p -> p.getPatient().getId().equals(patient.getId())
                        && p.getStatus() != PlanStatus.CANCELLED).findFirst()
                .map(plan -> visits.seriesOf(List.of(plan.getId())).get(0)).orElseThrow();
        seriesBooked.add(urgent.getPlan().getId());
        if (urgent.getClinician() != null) {
            assertThat(urgent.getCredentialsAllowed()).as("credential").contains(urgent.getClinician().getCredential());
            assertThat(urgent.getClinician().getLicensedStates()).as("licence").contains(patient.getState());
            assertThat(dayRules.flagsOn(time.today())).noneSatisfy(flag ->
                    assertThat(flag.visitId()).isEqualTo(urgent.getId()));
        } else {
            assertThat(planner.explanation(urgent.getId())).as("unassigned with the planner's reason").isPresent();
        }
    }

    // --- the cases

    private Case arrange(Rule rule) {
        return switch (rule) {
            case CREDENTIAL -> {
                InfusionVisit visit = bookSeries("Depression initial series").get(0);
                yield new Case(visit.getId(), rn.getId(), at(visit, 10), "Credential", null);
            }
            case SCOPE_IN_STATE -> {
                // the PTSD series lets RNs give it in Georgia only; this patient lives in Alabama, where the RN
                // holds a licence (so only the protocol's scope is broken)
                InfusionVisit visit = bookSeries("PTSD initial series").get(0);
                Patient patient = patients.find(visit.getPlan().getPatient().getId()).orElseThrow();
                patientStatesToPutBack.put(patient.getId(), patient.getState());
                patient.setState("AL");
                patients.save(patient);
                Clinician licensedInAlabama = remember(roster.find(rn.getId()).orElseThrow());
                licensedInAlabama.setLicensedStates(Set.of("GA", "AL"));
                roster.saveAtStartUp(licensedInAlabama);
                yield new Case(visit.getId(), rn.getId(), at(visit, 10), "this visit needs CRNA or MD or NP in AL", null);
            }
            case RN_SUPERVISION -> {
                // Saturdays: an RN works, no physician or nurse practitioner does
                InfusionVisit visit = bookSeries("PTSD initial series", DayOfWeek.SATURDAY).get(0);
                yield new Case(visit.getId(), byName("Kevin Tran").getId(), at(visit, 10), "RN supervision", null);
            }
            case LICENCE -> {
                InfusionVisit visit = bookSeries("PTSD initial series").get(0);
                Clinician unlicensed = remember(roster.find(crna.getId()).orElseThrow());
                unlicensed.setLicensedStates(Set.of("AL"));
                roster.saveAtStartUp(unlicensed);
                yield new Case(visit.getId(), crna.getId(), at(visit, 10), "not licensed in GA", null);
            }
            case DOSE_KITS -> {
                InfusionVisit other = bookSeries("PTSD initial series").get(0);
                changes.book(other.getId(), crna.getId(), at(other, 9));
                InfusionVisit visit = bookSeries("PTSD initial series").get(0);
                Clinician oneKit = remember(roster.find(crna.getId()).orElseThrow());
                oneKit.setDoseKitsPerDay(1);
                roster.saveAtStartUp(oneKit);
                yield new Case(visit.getId(), crna.getId(), at(visit, 14), "Dose kits", null);
            }
            case OVERLAP -> {
                InfusionVisit other = bookSeries("PTSD initial series").get(0);
                InfusionVisit booked = changes.book(other.getId(), crna.getId(), at(other, 10));
                InfusionVisit visit = bookSeries("PTSD initial series").get(0);
                yield new Case(visit.getId(), crna.getId(), at(visit, 10).plusSeconds(30 * 60), "Overlap",
                        booked.getPlannedEnd());
            }
            case ONE_VISIT_PER_PATIENT_PER_DAY -> {
                List<InfusionVisit> series = bookSeries("PTSD initial series");
                changes.book(series.get(0).getId(), crna.getId(), at(series.get(0), 9));
                // the second infusion of the series, on the first one's day
                yield new Case(series.get(1).getId(), crna.getId(), at(series.get(0), 16),
                        "already has a visit that day", null);
            }
        };
    }

    private Object act(Path path, Case broken) {
        InfusionVisit visit = visits.find(broken.visitId()).orElseThrow();
        return switch (path) {
            case RESCHEDULE_TO_CLINICIAN_AND_TIME -> changes.move(visit.getId(), visit.getVersion(), broken.clinicianId(),
                    broken.start(), "Patient asked for this time", List.of());
            case BOARD_MOVE -> moves.apply(visit.getId(), visit.getVersion(), broken.clinicianId(), broken.start(),
                    "Patient asked for this time");
            case BOOKING_CONFIRM -> booking.confirm(Map.of(visit.getId(), option(visit, roster.find(broken.clinicianId())
                    .orElseThrow(), time.inClinicZone(broken.start()).toLocalDateTime())));
        };
    }

    /** One visit put somewhere that breaks the rule named by {@code ruleWords}. */
    record Case(long visitId, long clinicianId, Instant start, String ruleWords, Instant busyUntil) {
    }

    private List<InfusionVisit> bookSeries(String protocol) {
        return bookSeries(protocol, null);
    }

    /**
     * A series starting a month ahead, on the given weekday only (any day but Sunday when null). Its Wednesday is at
     * most 34 days ahead, inside the weeks a roster change looks at (the planning horizon and three weeks more).
     */
    private List<InfusionVisit> bookSeries(String protocol, DayOfWeek only) {
        return bookSeries(protocol, only, time.today().plusDays(28).with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY)));
    }

    private List<InfusionVisit> bookSeries(String protocol, DayOfWeek only, LocalDate from) {
        Set<Long> withPlans = plans.findAll().stream().filter(p -> p.getStatus() != PlanStatus.CANCELLED)
                .map(p -> p.getPatient().getId()).collect(Collectors.toSet());
        Patient patient = patients.search("", 0, 300)
                .filter(p -> p.getHomeLocation() != null && !withPlans.contains(p.getId())).findFirst().orElseThrow();
        List<InfusionVisit> series = booking.create(new SeriesRequest(patient.getId(),
                protocols.findByName(protocol).orElseThrow().getId(), from,
                only == null ? EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY) : EnumSet.of(only), LocalTime.of(8, 0), LocalTime.of(18, 0), null),
                TestOrders.halfMgPerKg(roster, time.today()));
        seriesBooked.add(series.get(0).getPlan().getId());
        return series;
    }

    private Instant at(InfusionVisit visit, int hour) {
        return time.inClinicZone(visit.getEarliestStart()).toLocalDate().atTime(hour, 0).atZone(time.zone()).toInstant();
    }

    private SlotOption option(InfusionVisit visit, Clinician clinician, java.time.LocalDateTime start) {
        return new SlotOption(visit.getId(), clinician.getId(), clinician.getFullName(), clinician.getCredential().name(),
                start.atZone(time.zone()).toInstant(), "", true);
    }

    private Clinician byName(String name) {
        return roster.allForPlanning().stream().filter(c -> c.getFullName().equals(name)).findFirst().orElseThrow();
    }

    /** Remembers the roster entry's licences and kits, put back after the case. */
    private Clinician remember(Clinician clinician) {
        rosterToPutBack.add(new Remembered(clinician.getId(), Set.copyOf(clinician.getLicensedStates()),
                clinician.getDoseKitsPerDay(), clinician.getCredential()));
        return clinician;
    }

    record Remembered(long clinicianId, Set<String> states, int kits, care.rounds.clinicians.Credential credential) {
    }
}
