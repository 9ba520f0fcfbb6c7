package care.rounds.demo;

import care.rounds.base.PostalAddress;
import care.rounds.base.ClinicTime;
import care.rounds.clinicians.Clinician;
import care.rounds.clinicians.ClinicianService;
import care.rounds.clinicians.Credential;
import care.rounds.clinicians.WeeklyHours;
import care.rounds.patients.Patient;
import care.rounds.patients.PatientService;
import care.rounds.intake.ConsultationOutcome;
import care.rounds.intake.ScreeningOutcomes;
import care.rounds.plans.PhysicianOrder;
import care.rounds.plans.TreatmentPlan;
import care.rounds.plans.TreatmentPlanRepository;
import care.rounds.plans.TreatmentProtocol;
import care.rounds.plans.TreatmentProtocolRepository;
import care.rounds.planning.SchedulePlanner;
import care.rounds.security.SystemActor;
import care.rounds.visits.VisitChanges;
import java.util.concurrent.CompletableFuture;
import care.rounds.routing.Routing;
import care.rounds.security.Role;
import care.rounds.security.UserAccounts;
import care.rounds.visits.VisitSeries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Seeds the demo clinic once, into an empty database. The same seed gives the same clinic on the same
 * map; the visit dates follow the day it is seeded.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "rounds.demo.enabled", havingValue = "true", matchIfMissing = true)
class DemoClinic implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoClinic.class);
    private static final long SEED = 20261127L;

    private final ClinicianService clinicians;
    private final PatientService patients;
    private final TreatmentProtocolRepository protocols;
    private final TreatmentPlanRepository plans;
    private final VisitSeries series;
    private final UserAccounts accounts;
    private final Routing routing;
    private final ClinicTime time;
    private final ScreeningOutcomes screenings;
    private static final SystemActor SET_UP = SystemActor.office("Demo clinic set-up");

    private final SchedulePlanner planner;
    private final VisitChanges changes;
    private final boolean planOnStart;
    private boolean seeded;

    /** The demo's series run up to three weeks ahead; one run plans them all. */
    static final int DEMO_HORIZON_DAYS = 21;

    DemoClinic(ClinicianService clinicians, PatientService patients, TreatmentProtocolRepository protocols,
               TreatmentPlanRepository plans, VisitSeries series, UserAccounts accounts, Routing routing,
               ClinicTime time, SchedulePlanner planner, VisitChanges changes,
               @Value("${rounds.demo.plan-on-start:true}") boolean planOnStart, ScreeningOutcomes screenings) {
        this.screenings = screenings;
        this.planner = planner;
        this.changes = changes;
        this.planOnStart = planOnStart;
        this.clinicians = clinicians;
        this.patients = patients;
        this.protocols = protocols;
        this.plans = plans;
        this.series = series;
        this.accounts = accounts;
        this.routing = routing;
        this.time = time;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (accounts.count() > 0 || !clinicians.allForPlanning().isEmpty()) {
            log.info("Demo clinic: the database already has data; nothing seeded.");
            return;
        }
        SET_UP.run(this::seed);
    }

    private void seed() {
        Random random = new Random(SEED);
        DemoHomes homes = new DemoHomes(routing, random);
        List<TreatmentProtocol> protocolList = seedProtocols();
        List<Clinician> staff = seedClinicians(homes.spreadOver(DemoPeople.CLINICIANS.size(), 4, 2), random);
        List<Patient> people = seedPatients(homes.spreadOver(40, 8, 4), random);
        seedScreenings(people, staff);
        int visits = seedPlans(people, protocolList, staff, random);
        accounts.createAtStartUp(DemoLogins.COORDINATOR, DemoLogins.passwordOf(DemoLogins.COORDINATOR), Role.COORDINATOR, null);
        accounts.createAtStartUp(DemoLogins.MANAGER, DemoLogins.passwordOf(DemoLogins.MANAGER), Role.MANAGER, null);
        accounts.createAtStartUp(DemoLogins.CLINICIAN, DemoLogins.passwordOf(DemoLogins.CLINICIAN), Role.CLINICIAN,
                staff.get(0).getId());
        seeded = true;
        log.info("Demo clinic seeded on {}: {} clinicians, {} patients, 25 treatment plans, {} visits; logins "
                + "coordinator, clinician and manager (see README).", routing.map().areaName(), staff.size(),
                people.size(), visits);
    }

    /** Whether this start seeded the demo clinic (so its kits are added too, see {@link DemoKits}). */
    public boolean seededThisStart() {
        return seeded;
    }

    /**
     * Once the app is up, the planner assigns the freshly seeded visits in the background, so the
     * first look at the demo shows planned routes (off with rounds.demo.plan-on-start=false).
     */
    @EventListener(ApplicationReadyEvent.class)
    void planTheSeededVisits() {
        if (seeded && planOnStart) {
            CompletableFuture.runAsync(() -> SET_UP.run(() -> {
                planner.planAndWait(time.today(), DEMO_HORIZON_DAYS, "Demo clinic: first plan of the seeded series");
                int told = changes.recordPlannedVisitsTold(time.startOf(time.today()),
                        time.startOf(time.today().plusDays(DEMO_HORIZON_DAYS)),
                        "Demo clinic: every patient was told the first plan's times");
                log.info("Demo clinic planned; {} patients' visits recorded as told", told);
            }));
        }
    }

    private List<TreatmentProtocol> seedProtocols() {
        Set<Credential> advanced = EnumSet.of(Credential.CRNA, Credential.NP, Credential.MD);
        Set<Credential> any = EnumSet.allOf(Credential.class);
        TreatmentProtocol ptsd = new TreatmentProtocol("PTSD initial series", 6, 120, 100, 44, 96, any);
        TreatmentProtocol booster = new TreatmentProtocol("Booster", 1, 100, 100, 0, 0, any);
        // Georgia lets RNs give these under a physician's order with an MD or NP on duty; Alabama is not listed
        ptsd.setRnStates(Set.of("GA"));
        booster.setRnStates(Set.of("GA"));
        List<TreatmentProtocol> ketamine = List.of(ptsd,
                new TreatmentProtocol("Depression initial series", 6, 120, 100, 44, 96, advanced), booster,
                new TreatmentProtocol("Single infusion", 1, 120, 120, 0, 0, advanced));
        // the demo clinic's fasting rule before ketamine: no food for 6 hours, clear liquids until 2 hours before
        ketamine.forEach(protocol -> {
            protocol.setFastingFoodHours(6);
            protocol.setFastingClearLiquidHours(2);
        });
        List<TreatmentProtocol> saved = protocols.saveAll(ketamine);
        TreatmentProtocol boosterSaved = saved.get(2);
        saved.stream().filter(p -> p != saved.get(3)).forEach(p -> p.setBoosterProtocolId(boosterSaved.getId()));
        return protocols.saveAll(saved);
    }

    private List<Clinician> seedClinicians(List<DemoHomes.Home> bases, Random random) {
        List<Clinician> staff = new ArrayList<>();
        for (int i = 0; i < DemoPeople.CLINICIANS.size() && i < bases.size(); i++) {
            DemoPeople.Staff person = DemoPeople.CLINICIANS.get(i);
            DemoHomes.Home base = bases.get(i);
            Clinician clinician = new Clinician(person.name(), person.credential(), base.address(), base.location(),
                    6, 5);
            clinician.setHomePostalAddress(base.postal());
            clinician.setPhone(DemoPeople.phone(random));
            clinician.setLicensedStates(i % 3 == 0 ? Set.of("GA", "AL") : Set.of("GA"));
            // most work weekdays; two (an RN and a CRNA) cover Saturdays instead of Mondays
            EnumSet<DayOfWeek> days = i == 3 || i == 5
                    ? EnumSet.range(DayOfWeek.TUESDAY, DayOfWeek.SATURDAY)
                    : EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
            LocalTime start = i % 4 == 3 ? LocalTime.of(9, 0) : LocalTime.of(8, 0);
            days.forEach(d -> clinician.setHours(d, new WeeklyHours(d, start, start.plusHours(9))));
            staff.add(clinicians.saveAtStartUp(clinician));
        }
        return staff;
    }

    private List<Patient> seedPatients(List<DemoHomes.Home> places, Random random) {
        List<Patient> people = new ArrayList<>();
        for (int i = 0; i < places.size(); i++) {
            DemoHomes.Home home = places.get(i);
            Patient patient = new Patient(DemoPeople.patientName(i), LocalDate.of(1960 + random.nextInt(40),
                    1 + random.nextInt(12), 1 + random.nextInt(28)), DemoPeople.phone(random), home.address(), "GA",
                    time.now());
            patient.setPostalAddress(i % 5 == 2 ? withUnit(home.postal(), "Apt " + (1 + i % 4) + "B") : home.postal());
            patient.setHomeLocation(home.location());
            patient.setEmail(DemoPeople.email(i));
            patient.setResponsibleAdultName(DemoPeople.responsibleAdult(i));
            patient.setResponsibleAdultPhone(DemoPeople.phone(random));
            patient.setResponsibleAdultRelation(DemoPeople.relation(i));
            patient.setAccessNotes(DemoPeople.accessNote(random));
            people.add(patients.saveAtStartUp(patient));
        }
        return people;
    }

    private static PostalAddress withUnit(PostalAddress address, String unit) {
        return new PostalAddress(address.houseNumber(), address.street(), unit, address.city(), address.state(),
                address.postalCode());
    }

    private int seedPlans(List<Patient> people, List<TreatmentProtocol> protocolList, List<Clinician> staff,
                          Random random) {
        LocalDate today = time.today();
        int visits = 0;
        for (int i = 0; i < 25 && i < people.size(); i++) {
            TreatmentProtocol protocol = protocolList.get(i < 10 ? 0 : i < 18 ? 1 : i < 23 ? 2 : 3);
            LocalDate start = weekdaysAfter(today, 1 + (protocol.getInfusionCount() > 1 ? i % 3 : random.nextInt(9)));
            LocalTime from = LocalTime.of(8 + random.nextInt(3), 0);
            Set<DayOfWeek> days = EnumSet.range(DayOfWeek.MONDAY, i % 5 == 0 ? DayOfWeek.SATURDAY : DayOfWeek.FRIDAY);
            TreatmentPlan plan = new TreatmentPlan(people.get(i), protocol, start, days, from,
                    from.plusHours(5 + random.nextInt(4)), time.now());
            if (i % 3 == 0) {
                plan.setPreferredClinician(staff.get(random.nextInt(staff.size())));
            }
            plan.setOrder(demoOrder(staff, i, today));
            visits += series.create(plans.save(plan)).size();
        }
        return visits;
    }

    /** Every demo patient was screened eligible by a physician or NP a week ago, so each can be booked. */
    private void seedScreenings(List<Patient> people, List<Clinician> staff) {
        List<Clinician> screeners = prescribers(staff);
        for (int i = 0; i < people.size(); i++) {
            screenings.recordEarlierScreening(people.get(i).getId(), screeners.get(i % screeners.size()),
                    time.startOf(time.today().minusDays(7)).plusSeconds(3600L * (9 + i % 8)), ConsultationOutcome.ELIGIBLE);
        }
    }

    /** 0.5 mg/kg (Feder et al.), a plausible weight, ordered by one of the clinic's MDs or NPs. */
    private static PhysicianOrder demoOrder(List<Clinician> staff, int i, LocalDate today) {
        List<Clinician> prescribers = prescribers(staff);
        return new PhysicianOrder(prescribers.get(i % prescribers.size()), today.minusDays(2 + i % 5),
                new BigDecimal("0.50"), BigDecimal.valueOf(55 + (i * 7) % 50));
    }

    private static List<Clinician> prescribers(List<Clinician> staff) {
        return staff.stream().filter(c -> c.getCredential() == Credential.MD || c.getCredential() == Credential.NP)
                .toList();
    }

    /** The n-th weekday after a day: series starts are spread over the week so no day is overbooked. */
    private static LocalDate weekdaysAfter(LocalDate day, int n) {
        LocalDate result = day;
        for (int counted = 0; counted < n; ) {
            result = result.plusDays(1);
            if (result.getDayOfWeek().getValue() <= 5) {
                counted++;
            }
        }
        return result;
    }
}
