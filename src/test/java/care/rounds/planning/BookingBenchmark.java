package care.rounds.planning;

import care.rounds.RoundsApplication;
import care.rounds.base.ClinicTime;
import care.rounds.patients.Patient;
import care.rounds.patients.PatientService;
import care.rounds.plans.TreatmentPlan;
import care.rounds.plans.TreatmentPlanRepository;
import care.rounds.plans.TreatmentProtocolRepository;
import care.rounds.visits.InfusionVisit;
import care.rounds.visits.VisitSeries;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Booking recommendations for a new 6-visit series on the demo clinic (planned first), repeated for
 * several patients; prints one row per run and the median. Run from the repository root:
 * {@code ./mvnw -Pbooking-benchmark test-compile exec:java}
 */
public final class BookingBenchmark {

    private static final int RUNS = 8;

    public static void main(String[] args) {
        SpringApplication app = new SpringApplication(RoundsApplication.class);
        app.setWebApplicationType(WebApplicationType.SERVLET);
        app.setAdditionalProfiles("test");
        try (ConfigurableApplicationContext context = app.run("--logging.level.care.rounds=WARN", "--server.port=0")) {
            SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("benchmark",
                    null, AuthorityUtils.createAuthorityList("ROLE_COORDINATOR")));
            ClinicTime time = context.getBean(ClinicTime.class);
            context.getBean(SchedulePlanner.class).planAndWait(time.today(), 21);
            TreatmentPlanRepository plans = context.getBean(TreatmentPlanRepository.class);
            Set<Long> withPlans = plans.findAll().stream().map(p -> p.getPatient().getId()).collect(Collectors.toSet());
            List<Patient> free = context.getBean(PatientService.class).search("", 0, 100)
                    .filter(p -> !withPlans.contains(p.getId())).limit(RUNS).toList();
            BookingAdvisor advisor = context.getBean(BookingAdvisor.class);
            VisitSeries series = context.getBean(VisitSeries.class);
            var protocol = context.getBean(TreatmentProtocolRepository.class).findByName("PTSD initial series").orElseThrow();

            System.out.printf("%n| run | visits | options (min-max per visit) | all feasible | time (ms) |%n|---|---|---|---|---|%n");
            List<Long> times = new ArrayList<>();
            for (int run = 0; run < free.size(); run++) {
                TreatmentPlan plan = plans.save(new TreatmentPlan(free.get(run), protocol, time.today().plusDays(3 + run % 3),
                        EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY), LocalTime.of(8, 0), LocalTime.of(17, 0),
                        time.now()));
                List<InfusionVisit> visits = series.create(plan);
                long started = System.nanoTime();
                Map<Long, List<SlotOption>> options = advisor.recommend(visits);
                long millis = (System.nanoTime() - started) / 1_000_000;
                times.add(millis);
                var sizes = options.values().stream().mapToInt(List::size).summaryStatistics();
                boolean feasible = options.values().stream().flatMap(List::stream).allMatch(SlotOption::feasible);
                System.out.printf("| %d | %d | %d-%d | %s | %d |%n", run + 1, visits.size(), sizes.getMin(),
                        sizes.getMax(), feasible ? "yes" : "no", millis);
            }
            List<Long> sorted = times.stream().sorted().toList();
            System.out.printf("%nmedian %d ms, max %d ms over %d runs (goal: at most 2000 ms)%n",
                    sorted.get(sorted.size() / 2), sorted.get(sorted.size() - 1), sorted.size());
        }
        System.exit(0);
    }
}
