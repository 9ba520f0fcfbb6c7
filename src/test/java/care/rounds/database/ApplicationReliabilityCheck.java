package care.rounds.database;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The application half of docs/reliability.md: the whole Rounds application ({@link KilledRounds}, with its
 * embedded PostgreSQL on a data folder) is killed with SIGKILL during planning runs and during series
 * bookings, N times each. Each kill is followed by a start of the application on the same folder, which
 * must work the first time and find every row as it was after the last commit, with the interrupted
 * transaction wholly there or wholly absent (compared row by row, see {@link RowSnapshots}), no planning
 * run half written, and fsync on. Prints a table and writes it to the folder.
 * <p>
 * Run (after {@code ./mvnw test-compile}; cp.txt as in docs/reliability.md):
 * {@code java -cp target/test-classes:target/classes:$(cat cp.txt) care.rounds.database.ApplicationReliabilityCheck 10 target/reliability 8113 solve,book}
 * A folder left by an earlier run under target/reliability/KIND is carried on with (its last application
 * having been killed while it worked).
 */
public final class ApplicationReliabilityCheck {

    private static final long START_LIMIT_SECONDS = 600;

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        Path folder = Path.of(args.length > 1 ? args[1] : "target/reliability").toAbsolutePath();
        String port = args.length > 2 ? args[2] : "8113";
        List<String> kinds = args.length > 3 ? List.of(args[3].split(",")) : List.of("solve", "book");
        List<String> table = new ArrayList<>();
        table.add("| work | round | killed | during | restart (first time) | rows expected | rows found | missing | extra | interrupted commit | half-written runs | fsync |");
        table.add("|---|---|---|---|---|---|---|---|---|---|---|---|");
        Files.createDirectories(folder);
        int failures = 0;
        Random random = new Random(13);
        Map<String, Path> works = new LinkedHashMap<>();
        Map<String, String[]> lastKill = new LinkedHashMap<>();
        Map<String, Integer> round = new LinkedHashMap<>();
        for (String kind : kinds) {
            // a folder left by an earlier run carries on: its application was killed by hand while it worked
            Path earlier = latest(folder.resolve(kind), kind);
            works.put(kind, earlier != null ? earlier : folder.resolve(kind).resolve(kind + "-" + System.currentTimeMillis()));
            if (earlier != null) {
                lastKill.put(kind, new String[] {"during work by an earlier run", "work; its next start killed by hand (kill -9)"});
            }
            round.put(kind, 0);
        }
        // the kinds take turns on one port: a start after each kill, then work until the next kill
        for (int turn = 0; turn <= rounds; turn++) {
            for (String kind : kinds) {
                Path work = works.get(kind);
                Path data = work.resolve("data");
                Path rows = work.resolve("rows");
                String[] kill = lastKill.remove(kind);
                long started = System.nanoTime();
                Running application = Running.start(kind, data, rows, port,
                        work.resolve("start-" + System.currentTimeMillis() + ".log"));
                String verdict = application.awaitReady();
                if (kill != null) {
                    int n = round.merge(kind, 1, Integer::sum);
                    String restart = verdict == null ? "FAILED" : "ok, " + (System.nanoTime() - started) / 1_000_000_000 + " s";
                    String line;
                    if (verdict == null) {
                        failures++;
                        line = "| " + kind + " | " + n + " | " + kill[0] + " | " + kill[1] + " | " + restart + " | | | | | | | |";
                    } else {
                        String fsync = field(verdict, "fsync");
                        String halfRuns = field(verdict, "halfRuns");
                        String outcome = verdict.substring(verdict.indexOf("verdict=") + 8);
                        if (outcome.equals("DIFFERENT") || !halfRuns.equals("0") || !fsync.equals("on")) {
                            failures++;
                        }
                        line = "| " + kind + " | " + n + " | " + kill[0] + " | " + kill[1] + " | " + restart
                                + " | " + field(verdict, "expected") + " | " + field(verdict, "found") + " | "
                                + field(verdict, "missing") + " | " + field(verdict, "extra") + " | " + outcome
                                + " | " + halfRuns + " | " + fsync + " |";
                    }
                    table.add(line);
                    System.out.println(line);
                    Files.write(folder.resolve("reliability-application.md"), table);
                }
                if (verdict == null) {
                    application.kill();
                    throw new IllegalStateException("A start failed; see the logs in " + work);
                }
                if (round.get(kind) >= rounds) {
                    application.kill();
                    continue;
                }
                application.awaitLine("RELIABILITY BEGIN");
                long killAfter = 500 + random.nextInt(kind.equals("solve") ? 9000 : 4000);
                Thread.sleep(killAfter);
                String during = application.lastMarker();
                application.kill();
                lastKill.put(kind, new String[] {killAfter + " ms after work began", during});
            }
        }
        table.forEach(System.out::println);
        System.out.println(failures == 0 ? "Every round restarted the first time with every row as committed."
                : failures + " rounds failed; see the table and the logs under " + folder);
        System.exit(failures == 0 ? 0 : 1);
    }

    private static Path latest(Path folder, String kind) throws IOException {
        if (!Files.isDirectory(folder)) {
            return null;
        }
        try (var entries = Files.list(folder)) {
            return entries.filter(p -> p.getFileName().toString().startsWith(kind + "-"))
                    .filter(p -> Files.exists(p.resolve("rows").resolve("committed.txt")))
                    .max(java.util.Comparator.naturalOrder()).orElse(null);
        }
    }

    private static String field(String verdict, String name) {
        for (String part : verdict.split(" ")) {
            if (part.startsWith(name + "=")) {
                return part.substring(name.length() + 1);
            }
        }
        return "?";
    }

    /** One start of the application; its output goes to a log and its markers to a queue. */
    private static final class Running {
        private final Process process;
        private final LinkedBlockingQueue<String> markers = new LinkedBlockingQueue<>();
        private volatile String lastMarker = "start-up";
        private volatile String rowsVerdict;

        private Running(Process process) {
            this.process = process;
        }

        static Running start(String kind, Path data, Path rows, String port, Path log) throws IOException {
            Files.createDirectories(log.getParent());
            Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx1g",
                    // start-up only: C1 alone and one GC thread use less of the shared 2 cores; the application is the same
                    "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), KilledRounds.class.getName(),
                    kind, data.toString(), rows.toString(), port)
                    .redirectErrorStream(true).start();
            Running running = new Running(process);
            Thread reader = new Thread(() -> running.read(log));
            reader.setDaemon(true);
            reader.start();
            return running;
        }

        private void read(Path log) {
            try (BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream()));
                 var writer = Files.newBufferedWriter(log)) {
                String line;
                while ((line = output.readLine()) != null) {
                    writer.write(line);
                    writer.newLine();
                    writer.flush();
                    if (line.startsWith("RELIABILITY ")) {
                        if (line.startsWith("RELIABILITY ROWS")) {
                            rowsVerdict = line;
                        } else if (line.startsWith("RELIABILITY BEGIN")) {
                            lastMarker = "work " + line.substring("RELIABILITY BEGIN ".length()) + ", before its commit";
                        } else if (line.startsWith("RELIABILITY PENDING")) {
                            lastMarker = "a commit (rows recorded, commit not yet returned)";
                        } else if (line.startsWith("RELIABILITY COMMITTED")) {
                            lastMarker = "after a commit returned";
                        }
                        markers.add(line);
                    }
                }
            } catch (IOException e) {
                // the process was killed
            }
            markers.add("EXITED");
        }

        /** The rows verdict once the application is ready; null if it stopped or took too long. */
        String awaitReady() throws InterruptedException {
            return awaitLine("RELIABILITY READY") ? (rowsVerdict == null ? "verdict=first" : rowsVerdict) : null;
        }

        boolean awaitLine(String prefix) throws InterruptedException {
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(START_LIMIT_SECONDS);
            while (System.nanoTime() < until) {
                String line = markers.poll(1, TimeUnit.SECONDS);
                if (line == null) {
                    continue;
                }
                if (line.equals("EXITED")) {
                    return false;
                }
                if (line.startsWith(prefix)) {
                    return true;
                }
            }
            return false;
        }

        String lastMarker() {
            return lastMarker;
        }

        void kill() throws InterruptedException {
            process.destroyForcibly().waitFor(60, TimeUnit.SECONDS);
        }
    }
}
