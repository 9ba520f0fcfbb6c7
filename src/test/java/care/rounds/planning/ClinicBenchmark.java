package care.rounds.planning;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverConfigOverride;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import care.rounds.base.GeoPoint;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * A clinic-sized problem for the clinic's solver config: 40 clinicians over 10 working days,
 * 150 treatment plans, about 600 visits around Columbus, Ohio, generated with a fixed seed.
 * Prints the time to the first feasible plan, the score after 30, 60 and 120 s, unassigned visits,
 * drive minutes per visit and continuity.
 * <p>
 * Travel is a straight-line stand-in (1.35 times the great-circle distance at 35 km/h) until the
 * road matrix from {@code care.rounds.routing} is wired into the mapping: the numbers measure the
 * solver, not the roads. Run: {@code java -cp <test classpath> care.rounds.planning.ClinicBenchmark [seconds]}.
 */
public final class ClinicBenchmark {

    private static final ZoneId ZONE = ZoneId.of("America/New_York");
    private static final GeoPoint CENTRE = new GeoPoint(39.9612, -82.9988);

    private ClinicBenchmark() {
    }

    public static void main(String[] args) {
        long seconds = args.length > 0 ? Long.parseLong(args[0]) : 120;
        InfusionSchedule problem = generate(new Random(42));
        System.out.printf("%d shifts, %d visits, %d locations%n", problem.getShifts().size(),
                problem.getVisits().size(), problem.getTravelTimes().size());
        TreeMap<Long, HardMediumSoftLongScore> bestByMillis = new TreeMap<>();
        long started = System.nanoTime();
        Solver<InfusionSchedule> solver = SolverFactory.<InfusionSchedule>create(
                        SolverConfig.createFromXmlResource("solverConfig.xml"))
                .buildSolver(new SolverConfigOverride<InfusionSchedule>().withTerminationConfig(
                        new TerminationConfig().withSecondsSpentLimit(seconds)));
        solver.addEventListener(event -> bestByMillis.put((System.nanoTime() - started) / 1_000_000,
                (HardMediumSoftLongScore) event.getNewBestScore()));
        InfusionSchedule best = solver.solve(problem);
        bestByMillis.entrySet().stream().filter(entry -> entry.getValue().isFeasible()).findFirst()
                .ifPresentOrElse(entry -> System.out.printf("first feasible after %.1f s: %s%n",
                                entry.getKey() / 1000.0, entry.getValue()),
                        () -> System.out.println("no feasible plan found"));
        for (long at : new long[] {30, 60, 120}) {
            var entry = bestByMillis.floorEntry(at * 1000);
            System.out.printf("best after %d s: %s%n", at, entry == null ? "-" : entry.getValue());
        }
        long assigned = best.getVisits().stream().filter(Visit::isAssigned).count();
        long driveSeconds = best.getShifts().stream().mapToLong(Shift::getDriveSeconds).sum();
        double cliniciansPerPlan = best.getVisits().stream().filter(Visit::isAssigned)
                .collect(java.util.stream.Collectors.groupingBy(Visit::getPlanId,
                        java.util.stream.Collectors.mapping(visit -> visit.getShift().getClinicianId(),
                                java.util.stream.Collectors.toSet())))
                .values().stream().mapToInt(Set::size).average().orElse(0);
        System.out.printf(Locale.ROOT, "final %s; unassigned %d of %d; drive %.1f min per visit; %.2f clinicians per plan%n",
                best.getScore(), best.getVisits().size() - assigned, best.getVisits().size(),
                driveSeconds / 60.0 / Math.max(1, assigned), cliniciansPerPlan);
    }

    static InfusionSchedule generate(Random random) {
        List<GeoPoint> locations = new ArrayList<>();
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = LocalDate.of(2026, 3, 2); days.size() < 10; day = day.plusDays(1)) {
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                days.add(day);
            }
        }
        List<Shift> shifts = new ArrayList<>();
        String[] credentials = {"RN", "RN", "RN", "RN", "RN", "CRNA", "CRNA", "NP"};
        for (int c = 0; c < 40; c++) {
            locations.add(near(CENTRE, 12_000, random));
            String credential = credentials[random.nextInt(credentials.length)];
            for (int d = 0; d < days.size(); d++) {
                if (random.nextDouble() < 0.1) {
                    continue; // time off
                }
                shifts.add(new Shift("c" + c + "-d" + d, c, c, at(days.get(d), 8).toInstant(), at(days.get(d), 17).toInstant())
                        .withClinicianName("Clinician " + c).withCredential(credential)
                        .withLicensedStates(Set.of("OH")).withDay(days.get(d))
                        .withAllowedOvertime(Duration.ofMinutes(30)).withDoseKits(4));
            }
        }
        List<Visit> visits = new ArrayList<>();
        for (int plan = 0; plan < 150; plan++) {
            int location = locations.size();
            locations.add(near(CENTRE, 15_000, random));
            boolean running = random.nextDouble() < 0.4;
            int firstSequence = running ? 2 + random.nextInt(3) : 1;
            int count = 3 + random.nextInt(3);
            int day = random.nextInt(3);
            Long preferred = running ? (long) random.nextInt(40) : null;
            boolean mornings = random.nextDouble() < 0.3;
            for (int k = 0; k < count && day < days.size(); k++) {
                int sequence = firstSequence + k;
                LocalDate date = days.get(day);
                LocalDate lastDate = days.get(Math.min(days.size() - 1, day + 1));
                Visit visit = new Visit("p" + plan + "-" + sequence, plan + 1, location, at(date, 8).toInstant(),
                        at(lastDate, 15).toInstant(), Duration.ofMinutes(sequence == 1 ? 120 : 100))
                        .withPlan(plan + 1, sequence, firstSequence - 1)
                        .withGapToPrevious(Duration.ofHours(44), Duration.ofHours(96))
                        .withAllowedCredentials(sequence == 1 ? Set.of("CRNA", "NP", "MD") : Set.of("RN", "CRNA", "NP", "MD"))
                        .withPatientState("OH").withPreferredClinician(preferred);
                if (mornings) {
                    visit.withPreferredStart(at(date, 8).toInstant(), at(lastDate, 12).toInstant());
                }
                visits.add(visit);
                day += 2 + random.nextInt(2);
            }
        }
        return new InfusionSchedule(straightLine(locations), shifts, visits);
    }

    private static ZonedDateTime at(LocalDate date, int hour) {
        return date.atTime(hour, 0).atZone(ZONE);
    }

    private static GeoPoint near(GeoPoint centre, double radiusMeters, Random random) {
        double r = radiusMeters * Math.sqrt(random.nextDouble());
        double angle = 2 * Math.PI * random.nextDouble();
        double dLat = r * Math.cos(angle) / 111_320;
        double dLon = r * Math.sin(angle) / (111_320 * Math.cos(Math.toRadians(centre.latitude())));
        return new GeoPoint(centre.latitude() + dLat, centre.longitude() + dLon);
    }

    private static TravelTimeMatrix straightLine(List<GeoPoint> locations) {
        int n = locations.size();
        long[][] seconds = new long[n][n];
        long[][] meters = new long[n][n];
        for (int from = 0; from < n; from++) {
            for (int to = 0; to < n; to++) {
                double road = 1.35 * locations.get(from).distanceMetersTo(locations.get(to));
                meters[from][to] = Math.round(road);
                seconds[from][to] = Math.round(road / (35_000 / 3600.0));
            }
        }
        return TravelTimeMatrix.of(seconds, meters);
    }
}
