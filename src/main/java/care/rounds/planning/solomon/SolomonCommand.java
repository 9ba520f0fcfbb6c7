package care.rounds.planning.solomon;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Solomon mode: runs the clinic's planner on Solomon VRPTW instances.
 * <pre>
 *   solve INSTANCE SECONDS [OUT.sol]         one instance (a name like R101 or a path to a .txt)
 *   batch SECONDS OUTDIR [INSTANCE...]       all instances of the folder (or the named ones), one after
 *                                            another; OUTDIR gets one .sol per instance and results.csv
 * </pre>
 * Instances and BKS.csv are read from the folder in the system property {@code solomon.dir}
 * (default {@code ../shared/benchmarks/solomon}, relative to the working directory).
 */
public final class SolomonCommand {

    private SolomonCommand() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: solve INSTANCE SECONDS [OUT.sol] | batch SECONDS OUTDIR [INSTANCE...]");
            System.exit(2);
        }
        Path dir = Path.of(System.getProperty("solomon.dir", "../shared/benchmarks/solomon"));
        Map<String, Double> bks = readBks(dir.resolve("BKS.csv"));
        switch (args[0]) {
            case "solve" -> {
                Path file = instanceFile(dir, args[1]);
                SolomonRun.Result result = SolomonRun.solve(file, Double.parseDouble(args[2]));
                print(result, bks);
                if (args.length > 3) {
                    SolomonRun.write(result, Path.of(args[3]));
                }
            }
            case "batch" -> batch(dir, bks, Double.parseDouble(args[1]), Path.of(args[2]),
                    List.of(args).subList(3, args.length));
            default -> {
                System.err.println("unknown command " + args[0]);
                System.exit(2);
            }
        }
    }

    private static void batch(Path dir, Map<String, Double> bks, double seconds, Path out, List<String> names)
            throws IOException {
        List<String> instances = new ArrayList<>(names);
        if (instances.isEmpty()) {
            instances.addAll(bks.keySet().stream().sorted().toList());
        }
        Files.createDirectories(out);
        Path csv = out.resolve("results.csv");
        Files.writeString(csv, "instance,seconds,vehicles,distance,bks_min_distance,gap_percent,feasible,score\n");
        double gapSum = 0;
        int feasible = 0;
        for (String name : instances) {
            SolomonRun.Result result = SolomonRun.solve(instanceFile(dir, name), seconds);
            SolomonRun.write(result, out.resolve(name + ".sol"));
            double gap = gap(result, bks);
            gapSum += gap;
            feasible += result.feasible() ? 1 : 0;
            Files.writeString(csv, String.format(Locale.ROOT, "%s,%.1f,%d,%.2f,%.2f,%.2f,%s,%s%n", name,
                    result.seconds(), result.vehicles(), result.distance(), bks.getOrDefault(name, Double.NaN), gap,
                    result.feasible(), result.score()), java.nio.file.StandardOpenOption.APPEND);
            print(result, bks);
        }
        System.out.printf(Locale.ROOT, "%d instances, %d feasible (own check), average gap %.2f %%%n",
                instances.size(), feasible, gapSum / instances.size());
    }

    private static void print(SolomonRun.Result result, Map<String, Double> bks) {
        System.out.printf(Locale.ROOT, "%s: %d vehicles, distance %.2f, gap %.2f %%, %s, %.1f s, score %s%n",
                result.instance().name(), result.vehicles(), result.distance(), gap(result, bks),
                result.feasible() ? "feasible" : "INFEASIBLE", result.seconds(), result.score());
    }

    private static double gap(SolomonRun.Result result, Map<String, Double> bks) {
        Double best = bks.get(result.instance().name());
        return best == null ? Double.NaN : (result.distance() / best - 1) * 100;
    }

    private static Path instanceFile(Path dir, String name) {
        Path asPath = Path.of(name);
        return Files.isRegularFile(asPath) ? asPath : dir.resolve(name + ".txt");
    }

    /** instance -> bks_min_distance. */
    static Map<String, Double> readBks(Path file) throws IOException {
        Map<String, Double> bks = new HashMap<>();
        if (!Files.exists(file)) {
            return bks;
        }
        List<String> lines = Files.readAllLines(file);
        List<String> header = List.of(lines.get(0).split(","));
        int name = header.indexOf("instance");
        int distance = header.indexOf("bks_min_distance");
        for (String line : lines.subList(1, lines.size())) {
            String[] fields = line.split(",");
            if (fields.length > distance) {
                bks.put(fields[name], Double.parseDouble(fields[distance]));
            }
        }
        return bks;
    }
}
