package care.rounds.planning;

import care.rounds.RoundsIntegrationTest;
import care.rounds.base.ClinicTime;
import care.rounds.patients.Patient;
import care.rounds.patients.PatientService;
import care.rounds.plans.TreatmentPlan;
import care.rounds.plans.TreatmentPlanRepository;
import care.rounds.plans.TreatmentProtocolRepository;
import care.rounds.visits.InfusionVisit;
import care.rounds.visits.VisitSeries;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@RoundsIntegrationTest
class BookingAdvisorIT {

    private static final Logger log = LoggerFactory.getLogger(BookingAdvisorIT.class);

    @Autowired
    BookingAdvisor advisor;
    @Autowired
    SchedulePlanner planner;
    @Autowired
    VisitSeries series;
    @Autowired
    TreatmentPlanRepository plans;
    @Autowired
    TreatmentProtocolRepository protocols;
    @Autowired
    PatientService patients;
    @Autowired
    ClinicTime time;

    @Test
    @WithMockUser(roles = "COORDINATOR")
    void aNewSixVisitSeriesGetsFeasibleOptionsForEveryVisit() {
        planner.planAndWait(time.today(), 21);
        var withPlans = plans.findAll().stream().map(p -> p.getPatient().getId()).collect(java.util.stream.Collectors.toSet());
        Patient patient = patients.search("", 0, 100).filter(p -> !withPlans.contains(p.getId()) && p.getHomeLocation() != null).findFirst().orElseThrow();
        TreatmentPlan plan = plans.save(new TreatmentPlan(patient, protocols.findByName("PTSD initial series").orElseThrow(),
                time.today().plusDays(3), EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY), LocalTime.of(8, 0),
                LocalTime.of(17, 0), time.now()));
        List<InfusionVisit> visits = series.create(plan);

        long started = System.nanoTime();
        Map<Long, List<SlotOption>> options = advisor.recommend(visits);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        log.info("Recommendations for a 6-visit series: {} ms", took.toMillis());

        assertThat(options).hasSize(6);
        visits.forEach(visit -> assertThat(options.get(visit.getId())).as("options for infusion %s", visit.getSequenceNumber())
                .isNotEmpty().hasSizeLessThanOrEqualTo(5)
                .allSatisfy(option -> {
                    assertThat(option.feasible()).isTrue();
                    assertThat(option.start()).isBetween(visit.getEarliestStart(), visit.getLatestStart());
                }));
        assertThat(took).isLessThan(Duration.ofSeconds(10));
    }
}
