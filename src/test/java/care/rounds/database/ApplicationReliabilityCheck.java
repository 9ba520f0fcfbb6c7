package care.rounds.database;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
 * {@code java -cp target/test-classes:target/classes:$(cat cp.txt) care.rounds.database.ApplicationReliabilityCheck 10 target/reliability 8113}
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
        int failures = 0;
        Random random = new Random(13);
        for (String kind : kinds) {
            Path work = folder.resolve(kind + "-" + System.currentTimeMillis());
            Path data = work.resolve("data");
            Path rows = work.resolve("rows");
            Running application = Running.start(kind, data, rows, port, work.resolve("first-start.log"));
            if (application.awaitReady() == null) {
                throw new IllegalStateException("The first start failed; see " + work.resolve("first-start.log"));
            }
            for (int round = 1; round <= rounds; round++) {
                application.awaitLine("RELIABILITY BEGIN");
                long killAfter = 500 + random.nextInt(kind.equals("solve") ? 9000 : 4000);
                Thread.sleep(killAfter);
                String during = application.lastMarker();
                application.kill();

                long started = System.nanoTime();
                application = Running.start(kind, data, rows, port, work.resolve("round-" + round + ".log"));
                String verdict = application.awaitReady();
                String restart = verdict == null ? "FAILED" : "ok, " + (System.nanoTime() - started) / 1_000_000_000 + " s";
                String fsync = verdict == null ? "?" : field(verdict, "fsync");
                String line;
                if (verdict == null) {
                    failures++;
                    line = "| " + kind + " | " + round + " | " + killAfter + " ms | " + during + " | " + restart + " | | | | | | | |";
                } else {
                    String expected = field(verdict, "expected");
                    String found = field(verdict, "found");
                    String missing = field(verdict, "missing");
                    String extra = field(verdict, "extra");
                    String halfRuns = field(verdict, "halfRuns");
                    String outcome = verdict.substring(verdict.indexOf("verdict=") + 8);
                    if (outcome.equals("DIFFERENT") || !halfRuns.equals("0") || !fsync.equals("on")) {
                        failures++;
                    }
                    line = "| " + kind + " | " + round + " | " + killAfter + " ms after a start | " + during + " | " + restart
                            + " | " + expected + " | " + found + " | " + missing + " | " + extra + " | " + outcome
                            + " | " + halfRuns + " | " + fsync + " |";
                }
                table.add(line);
                System.out.println(line);
                if (verdict == null) {
                    break;
                }
            }
            application.kill();
        }
        Files.write(folder.resolve("reliability-application.md"), table);
        table.forEach(System.out::println);
        System.out.println(failures == 0 ? "Every round restarted the first time with every row as committed."
                : failures + " rounds failed; see the table and the logs under " + folder);
        System.exit(failures == 0 ? 0 : 1);
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
                    "-Xmx1g", "-cp", System.getProperty("java.class.path"), KilledRounds.class.getName(),
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
