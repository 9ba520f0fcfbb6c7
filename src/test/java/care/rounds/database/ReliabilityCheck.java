package care.rounds.database;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * The database half of docs/reliability.md: an application committing rows as fast as it can is
 * killed with SIGKILL at a random moment, N times; after each kill the embedded database must start
 * first time (the orphaned PostgreSQL stopped through postmaster.pid) with every row whose commit had
 * returned. Run: {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=care.rounds.database.ReliabilityCheck -Dexec.args="10 target/reliability"}
 */
public final class ReliabilityCheck {

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        Path folder = Path.of(args.length > 1 ? args[1] : "target/reliability").toAbsolutePath();
        Path dataDir = folder.resolve("postgres-" + System.currentTimeMillis());
        Files.createDirectories(folder);
        Random random = new Random(13);
        List<String> lines = new ArrayList<>();
        lines.add("| round | killed after | rows acknowledged | rows found | lost | restart (first time) | fsync |");
        lines.add("|---|---|---|---|---|---|---|");
        int failures = 0;
        for (int round = 1; round <= rounds; round++) {
            long waitMillis = 1000 + random.nextInt(2000);
            Process application = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), CommittingApplication.class.getName(), dataDir.toString())
                    .redirectErrorStream(true).start();
            BufferedReader output = new BufferedReader(new InputStreamReader(application.getInputStream()));
            long acknowledged = 0;
            String line;
            while ((line = output.readLine()) != null && !line.startsWith("READY")) {
                // start-up output
            }
            long until = System.currentTimeMillis() + waitMillis;
            while (System.currentTimeMillis() < until && (line = output.readLine()) != null) {
                if (line.startsWith("COMMITTED ")) {
                    acknowledged = Long.parseLong(line.substring(10));
                }
            }
            application.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

            long started = System.nanoTime();
            var properties = new EmbeddedDatabaseProperties(dataDir, false, 0);
            String restart;
            long found;
            String fsync;
            try (EmbeddedDatabase database = new EmbeddedDatabaseConfiguration().embeddedDatabase(properties);
                 Connection connection = DriverManager.getConnection(database.jdbcUrl(), EmbeddedServer.USER,
                         database.password());
                 Statement statement = connection.createStatement()) {
                restart = "ok, " + (System.nanoTime() - started) / 1_000_000 + " ms";
                try (ResultSet rows = statement.executeQuery("SELECT count(*) FROM booking_note WHERE id <= " + acknowledged)) {
                    rows.next();
                    found = rows.getLong(1);
                }
                try (ResultSet show = statement.executeQuery("SHOW fsync")) {
                    show.next();
                    fsync = show.getString(1);
                }
            }
            long lost = acknowledged - found;
            if (lost != 0 || !"on".equals(fsync)) {
                failures++;
            }
            lines.add("| " + round + " | " + waitMillis + " ms | " + acknowledged + " | " + found + " | " + lost + " | "
                    + restart + " | " + fsync + " |");
            System.out.println(lines.get(lines.size() - 1));
        }
        Files.write(folder.resolve("reliability-database.md"), lines);
        System.out.println(failures == 0 ? "All " + rounds + " rounds kept every acknowledged row."
                : failures + " of " + rounds + " rounds lost rows or ran without fsync.");
        System.exit(failures == 0 ? 0 : 1);
    }
}
