package care.rounds.planning;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import care.rounds.base.GeoPoint;
import care.rounds.routing.LocationNotReachableException;
import care.rounds.routing.graphhopper.GraphHopperTravelTimes;
import care.rounds.routing.internal.MapFile;
import care.rounds.routing.internal.MatrixBlock;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The clinic benchmark of docs/benchmarks.md ("Planner", clinic-sized problem): a seeded, realistic
 * clinic on the Columbus, Ohio road map - 40 clinicians with mixed credentials, licences and weekly
 * hours, 150 treatment plans, about 600 visits over 10 working days - solved with the clinic's
 * {@code solverConfig.xml} for a fixed time (120 s by default, no unimproved limit).
 * <p>
 * Travel is real road travel: every base and home must snap to a drivable road
 * ({@link GraphHopperTravelTimes#snap}), the matrix is the routing module's many-to-many search on
 * {@code ../shared/maps/columbus.osm.pbf}, plus the app's 15 % traffic buffer and 5 minutes to park
 * (as {@code care.rounds.planning.clinic.ClinicMatrix} does with the default settings).
 * <p>
 * Prints the time to the first feasible (0 hard) plan, the best score and unassigned visits after
 * 30, 60 and 120 s, drive minutes per assigned visit and continuity (distinct clinicians per plan).
 * Run from the repository root: {@code ./mvnw -Pclinic-benchmark test-compile exec:java}
 * ({@code -Dclinic.benchmark.seconds=60} for another limit). A main, not a test: {@code verify} does
 * not run it.
 */
public final class ClinicBenchmark {

    static final Path MAP = Path.of("../shared/maps/columbus.osm.pbf");
    static final Path CACHE = Path.of("target/clinic-benchmark");
    /** PlanningSettings defaults (application.properties): rounds.planning.traffic-buffer-percent / parking-minutes. */
    static final int TRAFFIC_BUFFER_PERCENT = 15;
    static final int PARKING_MINUTES = 5;

    private static final ZoneId ZONE = ZoneId.of("America/New_York");
    /** Inner part of the map's bounding box (lon -83.2453..-82.7876, lat 39.8590..40.1118). */
    private static final double SOUTH = 39.875;
    private static final double NORTH = 40.095;
    private static final double WEST = -83.20;
    private static final double EAST = -82.83;

    private ClinicBenchmark() {
    }

    /** A best solution as the listener saw it. */
    private record Best(long millis, HardMediumSoftLongScore score, long unassigned) {
    }

    public static void main(String[] args) {
        quietLogs();
        long seconds = args.length > 0 ? Long.parseLong(args[0]) : 120;
        System.out.printf(Locale.ROOT, "Clinic benchmark: %d cores, Java %s, %d s%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), seconds);
        InfusionSchedule problem;
        long matrixMillis;
        long opening = System.nanoTime();
        try (GraphHopperTravelTimes roads = GraphHopperTravelTimes.open(MapFile.of(MAP, null), CACHE, 300)) {
            System.out.printf(Locale.ROOT, "map opened in %d ms%n", (System.nanoTime() - opening) / 1_000_000);
            Random random = new Random(42);
            ClinicData clinic = generate(random, roads);
            long start = System.nanoTime();
            TravelTimeMatrix travel = roadMatrix(roads, clinic.locations());
            matrixMillis = (System.nanoTime() - start) / 1_000_000;
            problem = new InfusionSchedule(travel, clinic.shifts(), clinic.visits());
        }
        System.out.printf(Locale.ROOT, "%d shifts, %d visits, %d plans, %d locations; road matrix %d ms%n",
                problem.getShifts().size(), problem.getVisits().size(),
                problem.getVisits().stream().map(Visit::getPlanId).distinct().count(),
                problem.getTravelTimes().size(), matrixMillis);

        SolverConfig config = SolverConfig.createFromXmlResource("solverConfig.xml");
        config.setTerminationConfig(new TerminationConfig().withSpentLimit(Duration.ofSeconds(seconds)));
        Solver<InfusionSchedule> solver = SolverFactory.<InfusionSchedule>create(config).buildSolver();
        TreeMap<Long, Best> bests = new TreeMap<>();
        long[] started = {0};
        solver.addEventListener(event -> {
            long millis = (System.nanoTime() - started[0]) / 1_000_000;
            long unassigned = event.getNewBestSolution().getVisits().stream().filter(v -> !v.isAssigned()).count();
            bests.put(millis, new Best(millis, (HardMediumSoftLongScore) event.getNewBestScore(), unassigned));
        });
        started[0] = System.nanoTime();
        InfusionSchedule best = solver.solve(problem);
        long solveMillis = (System.nanoTime() - started[0]) / 1_000_000;

        List<String> table = new ArrayList<>();
        table.add("| measure | value |");
        table.add("|---|---|");
        // the empty starting plan (nothing assigned) breaks no hard rule either: the first plan counts
        long visitCount = problem.getVisits().size();
        Best first = bests.values().stream()
                .filter(b -> b.score().hardScore() == 0 && b.unassigned() < visitCount).findFirst().orElse(null);
        table.add(first == null ? "| first feasible (0 hard) plan | none found |"
                : String.format(Locale.ROOT, "| first feasible (0 hard) plan | %.1f s (%s, %d unassigned) |",
                first.millis() / 1000.0, first.score(), first.unassigned()));
        for (long at : new long[] {30, 60, 120}) {
            if (at > seconds) {
                continue;
            }
            var entry = bests.floorEntry(at * 1000);
            table.add(entry == null ? String.format(Locale.ROOT, "| best after %d s | - |", at)
                    : String.format(Locale.ROOT, "| best after %d s | %s, %d unassigned |", at,
                    entry.getValue().score(), entry.getValue().unassigned()));
        }
        long assigned = best.getVisits().stream().filter(Visit::isAssigned).count();
        long driveSeconds = best.getShifts().stream().mapToLong(Shift::getDriveSeconds).sum();
        Map<Long, Set<Long>> cliniciansByPlan = best.getVisits().stream().filter(Visit::isAssigned)
                .collect(Collectors.groupingBy(Visit::getPlanId,
                        Collectors.mapping(visit -> visit.getShift().getClinicianId(), Collectors.toSet())));
        double continuity = cliniciansByPlan.values().stream().mapToInt(Set::size).average().orElse(0);
        long singleClinician = cliniciansByPlan.values().stream().filter(s -> s.size() == 1).count();
        table.add(String.format(Locale.ROOT, "| final (%.1f s, %d best-solution events) | %s |",
                solveMillis / 1000.0, bests.size(), best.getScore()));
        table.add(String.format(Locale.ROOT, "| unassigned at the end | %d of %d |",
                best.getVisits().size() - assigned, best.getVisits().size()));
        table.add(String.format(Locale.ROOT,
                "| drive per assigned visit | %.1f min (road time incl. %d %% traffic buffer and %d min parking) |",
                driveSeconds / 60.0 / Math.max(1, assigned), TRAFFIC_BUFFER_PERCENT, PARKING_MINUTES));
        table.add(String.format(Locale.ROOT, "| continuity | %.2f distinct clinicians per plan (%d of %d plans with one) |",
                continuity, singleClinician, cliniciansByPlan.size()));
        System.out.println();
        table.forEach(System.out::println);
        System.out.println();
        System.out.println("best-solution timeline, each time the number of unassigned visits changes (s: score, unassigned):");
        long[] shown = {-1};
        bests.values().forEach(b -> {
            if (b.unassigned() != shown[0]) {
                shown[0] = b.unassigned();
                System.out.printf(Locale.ROOT, "  %.1f: %s, %d%n", b.millis() / 1000.0, b.score(), b.unassigned());
            }
        });
    }

    /** The generated clinic: locations 0..39 are the clinicians' bases, then one home per plan. */
    record ClinicData(List<GeoPoint> locations, List<Shift> shifts, List<Visit> visits) {
    }

    /** Weekly patterns: days worked of the five, shift start and length. */
    private record Pattern(String name, int daysPerWeek, LocalTime start, int hours) {
    }

    private static final Pattern[] PATTERNS = {
            new Pattern("full time 5x8", 5, LocalTime.of(8, 0), 8),
            new Pattern("full time 5x8", 5, LocalTime.of(8, 0), 8),
            new Pattern("full time 5x8 late", 5, LocalTime.of(10, 0), 8),
            new Pattern("full time 4x10", 4, LocalTime.of(7, 0), 10),
            new Pattern("part time 3x8", 3, LocalTime.of(8, 0), 8),
            new Pattern("part time 4x5", 4, LocalTime.of(8, 0), 5),
    };

    static ClinicData generate(Random random, GraphHopperTravelTimes roads) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = LocalDate.of(2026, 3, 2); days.size() < 10; day = day.plusDays(1)) {
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                days.add(day);
            }
        }
        List<GeoPoint> locations = new ArrayList<>();
        List<Shift> shifts = new ArrayList<>();
        // 40 clinicians: 26 RN, 7 CRNA, 5 NP, 2 MD; all hold Ohio, some also neighbouring states
        String[] credentials = new String[40];
        for (int c = 0; c < 40; c++) {
            credentials[c] = c < 26 ? "RN" : c < 33 ? "CRNA" : c < 38 ? "NP" : "MD";
        }
        List<Set<String>> licences = List.of(Set.of("OH"), Set.of("OH"), Set.of("OH", "KY"),
                Set.of("OH", "IN"), Set.of("OH", "WV", "PA"));
        for (int c = 0; c < 40; c++) {
            locations.add(onRoad(random, roads));
            Pattern pattern = PATTERNS[random.nextInt(PATTERNS.length)];
            Set<String> states = licences.get(random.nextInt(licences.size()));
            int firstDayOff = random.nextInt(5);
            for (int d = 0; d < days.size(); d++) {
                int weekday = d % 5;
                // days off of the pattern rotate from a per-clinician weekday
                boolean works = (weekday - firstDayOff + 5) % 5 < pattern.daysPerWeek();
                if (!works || random.nextDouble() < 0.05) {
                    continue; // not on the pattern, or leave
                }
                ZonedDateTime start = days.get(d).atTime(pattern.start()).atZone(ZONE);
                shifts.add(new Shift("c" + c + "-d" + d, c, c, start.toInstant(),
                        start.plusHours(pattern.hours()).toInstant())
                        .withClinicianName("Clinician " + c + " (" + credentials[c] + ", " + pattern.name() + ")")
                        .withCredential(credentials[c])
                        .withLicensedStates(states).withDay(days.get(d))
                        .withAllowedOvertime(Duration.ofMinutes(30)).withDoseKits(4));
            }
        }
        List<Visit> visits = new ArrayList<>();
        for (int plan = 0; plan < 150; plan++) {
            int location = locations.size();
            locations.add(onRoad(random, roads));
            boolean daily = random.nextDouble() < 0.25; // e.g. IV antibiotics, once a day
            boolean running = random.nextDouble() < 0.4; // started before the horizon
            int firstSequence = running ? 2 + random.nextInt(3) : 1;
            int count = daily ? 5 + random.nextInt(3) : 3 + random.nextInt(3);
            int day = random.nextInt(3);
            Long preferred = running ? (long) random.nextInt(40) : null;
            boolean mornings = random.nextDouble() < 0.3;
            Duration minutes = Duration.ofMinutes(daily ? 60 : 100);
            for (int k = 0; k < count && day < days.size(); k++) {
                int sequence = firstSequence + k;
                LocalDate date = days.get(day);
                LocalDate lastDate = daily ? date : days.get(Math.min(days.size() - 1, day + 1));
                Visit visit = new Visit("p" + plan + "-" + sequence, plan + 1, location, at(date, 8).toInstant(),
                        at(lastDate, 15).toInstant(), sequence == 1 ? minutes.plusMinutes(20) : minutes)
                        .withPlan(plan + 1, sequence, firstSequence - 1)
                        .withGapToPrevious(daily ? Duration.ofHours(18) : Duration.ofHours(44),
                                daily ? Duration.ofHours(78) : Duration.ofHours(96)) // daily plans skip weekends
                        .withAllowedCredentials(sequence == 1 ? Set.of("CRNA", "NP", "MD") : Set.of("RN", "CRNA", "NP", "MD"))
                        .withPatientState("OH").withPreferredClinician(preferred);
                if (mornings) {
                    visit.withPreferredStart(at(date, 8).toInstant(), at(lastDate, 12).toInstant());
                }
                visits.add(visit);
                day += daily ? 1 : 2 + random.nextInt(2);
            }
        }
        return new ClinicData(locations, shifts, visits);
    }

    /**
     * A random point of the map's inner box that a car can reach: kept only when it snaps to a
     * drivable road within 300 m, as the app requires for every address.
     */
    private static GeoPoint onRoad(Random random, GraphHopperTravelTimes roads) {
        while (true) {
            GeoPoint point = new GeoPoint(SOUTH + (NORTH - SOUTH) * random.nextDouble(),
                    WEST + (EAST - WEST) * random.nextDouble());
            try {
                roads.snap(point);
                return point;
            } catch (LocationNotReachableException e) {
                // a field, a river or a motorway: draw again
            }
        }
    }

    /** The routing module's road matrix with the app's traffic buffer and parking minutes. */
    static TravelTimeMatrix roadMatrix(GraphHopperTravelTimes roads, List<GeoPoint> points) {
        MatrixBlock block = roads.matrix(points, points);
        int n = points.size();
        long[][] seconds = new long[n][n];
        long[][] meters = new long[n][n];
        double factor = 1 + TRAFFIC_BUFFER_PERCENT / 100.0;
        long parking = PARKING_MINUTES * 60L;
        int unreachable = 0;
        for (int from = 0; from < n; from++) {
            for (int to = 0; to < n; to++) {
                if (from == to) {
                    continue;
                }
                double time = block.seconds(from, to);
                if (Double.isNaN(time)) {
                    seconds[from][to] = TravelTimeMatrix.UNREACHABLE;
                    meters[from][to] = TravelTimeMatrix.UNREACHABLE;
                    unreachable++;
                } else {
                    seconds[from][to] = Math.round(time * factor) + parking;
                    meters[from][to] = Math.round(block.meters(from, to));
                }
            }
        }
        if (unreachable > 0) {
            System.out.printf(Locale.ROOT, "%d unreachable pairs%n", unreachable);
        }
        return TravelTimeMatrix.of(seconds, meters);
    }

    private static ZonedDateTime at(LocalDate date, int hour) {
        return date.atTime(hour, 0).atZone(ZONE);
    }

    /** GraphHopper's and Timefold's debug output would bury the table. */
    private static void quietLogs() {
        if (org.slf4j.LoggerFactory.getILoggerFactory() instanceof ch.qos.logback.classic.LoggerContext logs) {
            logs.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).setLevel(ch.qos.logback.classic.Level.WARN);
            logs.getLogger("care.rounds").setLevel(ch.qos.logback.classic.Level.INFO);
            logs.getLogger("ai.timefold.solver").setLevel(ch.qos.logback.classic.Level.INFO);
        }
    }
}
