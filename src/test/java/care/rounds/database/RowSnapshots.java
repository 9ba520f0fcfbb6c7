package care.rounds.database;

import jakarta.persistence.EntityManagerFactory;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.orm.jpa.EntityManagerHolder;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;

/**
 * For {@link ApplicationReliabilityCheck}: every row of the clinic's tables, written to a file at the
 * moment each transaction is about to commit ({@code pending.txt}, seen from inside the transaction,
 * so with its own writes) and moved to {@code committed.txt} once the commit returned. Commits are taken
 * one at a time while this records, so each file is exactly the database after that commit. At the next
 * start, before the application writes anything (right after Flyway), the database must equal
 * {@code committed.txt} (the interrupted transaction wholly absent) or {@code pending.txt} (wholly there).
 */
final class RowSnapshots implements TransactionExecutionListener {

    /** Tables that do not change while the clinic works and are large (the map's address book). */
    private static final Set<String> LEFT_OUT = Set.of("flyway_schema_history");

    private final Path folder;
    private final ReentrantLock oneCommitAtATime = new ReentrantLock();
    private final ThreadLocal<Boolean> holding = ThreadLocal.withInitial(() -> false);
    private volatile ApplicationContext context;

    RowSnapshots(Path folder) {
        this.folder = folder;
    }

    /** From now on every commit is recorded. */
    void record(ApplicationContext context) {
        DataSource dataSource = context.getBean(DataSource.class);
        oneCommitAtATime.lock();
        try (Connection connection = dataSource.getConnection()) {
            write(rows(connection), folder.resolve("committed.txt"));
        } catch (SQLException | IOException e) {
            throw new IllegalStateException(e);
        } finally {
            oneCommitAtATime.unlock();
        }
        this.context = context;
    }

    @Override
    public void beforeCommit(TransactionExecution transaction) {
        ApplicationContext recording = context;
        if (recording == null || transaction.isReadOnly() || !transaction.isNewTransaction()) {
            return;
        }
        oneCommitAtATime.lock();
        holding.set(true);
        EntityManagerFactory entityManagers = recording.getBean(EntityManagerFactory.class);
        if (TransactionSynchronizationManager.getResource(entityManagers) instanceof EntityManagerHolder holder) {
            holder.getEntityManager().flush();
        }
        DataSource dataSource = recording.getBean(DataSource.class);
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            write(rows(connection), folder.resolve("pending.txt"));
            System.out.println("RELIABILITY PENDING");
        } catch (SQLException | IOException e) {
            throw new IllegalStateException(e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    @Override
    public void afterCommit(TransactionExecution transaction, Throwable commitFailure) {
        if (!holding.get()) {
            return;
        }
        try {
            if (commitFailure == null) {
                Files.move(folder.resolve("pending.txt"), folder.resolve("committed.txt"),
                        StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                System.out.println("RELIABILITY COMMITTED");
            } else {
                Files.deleteIfExists(folder.resolve("pending.txt"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            holding.set(false);
            oneCommitAtATime.unlock();
        }
    }

    @Override
    public void afterRollback(TransactionExecution transaction, Throwable rollbackFailure) {
        if (!holding.get()) {
            return;
        }
        try {
            Files.deleteIfExists(folder.resolve("pending.txt"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            holding.set(false);
            oneCommitAtATime.unlock();
        }
    }

    /** Compares the database as the killed application left it with the last snapshots, right after Flyway. */
    Callback atStart() {
        return new Callback() {
            @Override
            public boolean supports(Event event, Context context) {
                return event == Event.AFTER_MIGRATE;
            }

            @Override
            public boolean canHandleInTransaction(Event event, Context context) {
                return true;
            }

            @Override
            public void handle(Event event, Context context) {
                try {
                    compareAndStart(context.getConnection());
                } catch (SQLException | IOException e) {
                    throw new IllegalStateException(e);
                }
            }

            @Override
            public String getCallbackName() {
                return "reliability-row-snapshots";
            }
        };
    }

    private void compareAndStart(Connection connection) throws SQLException, IOException {
        List<String> found = rows(connection);
        Path committed = folder.resolve("committed.txt");
        Path pending = folder.resolve("pending.txt");
        if (Files.exists(committed)) {
            List<String> before = Files.readAllLines(committed);
            List<String> during = Files.exists(pending) ? Files.readAllLines(pending) : null;
            String verdict;
            Difference difference = Difference.of(before, found);
            if (difference.none()) {
                verdict = during == null ? "as committed" : "interrupted commit wholly absent";
            } else if (during != null && Difference.of(during, found).none()) {
                verdict = "interrupted commit wholly there";
                difference = Difference.of(during, found);
            } else {
                verdict = "DIFFERENT";
            }
            long halfRuns = count(connection, "select count(*) from planner_run r where r.state <> 'SAVED' and "
                    + "(exists (select 1 from visit_explanation e where e.planner_run_id = r.id) "
                    + "or exists (select 1 from visit_change c where c.planner_run_id = r.id))");
            String fsync;
            try (Statement statement = connection.createStatement(); ResultSet show = statement.executeQuery("SHOW fsync")) {
                show.next();
                fsync = show.getString(1);
            }
            System.out.println("RELIABILITY ROWS fsync=" + fsync + " expected=" + before.size() + " found=" + found.size()
                    + " missing=" + difference.missing() + " extra=" + difference.extra()
                    + " pending=" + (during != null) + " halfRuns=" + halfRuns + " verdict=" + verdict);
        } else {
            System.out.println("RELIABILITY ROWS first start, " + found.size() + " rows");
        }
        write(found, committed);
        Files.deleteIfExists(pending);
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    /** Every row of every table as "table<TAB>row as text", sorted. */
    static List<String> rows(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet names = statement.executeQuery("select table_name from information_schema.tables "
                     + "where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name")) {
            while (names.next()) {
                if (!LEFT_OUT.contains(names.getString(1))) {
                    tables.add(names.getString(1));
                }
            }
        }
        List<String> rows = new ArrayList<>();
        for (String table : tables) {
            try (Statement statement = connection.createStatement();
                 ResultSet result = statement.executeQuery("select t::text from \"" + table + "\" t")) {
                while (result.next()) {
                    rows.add(table + "\t" + result.getString(1));
                }
            }
        }
        Collections.sort(rows);
        return rows;
    }

    private void write(List<String> rows, Path file) throws IOException {
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        Files.write(partial, rows);
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Rows expected but not found, and found but not expected (a changed row counts in both). */
    record Difference(int missing, int extra) {
        static Difference of(List<String> expected, List<String> found) {
            Set<String> foundSet = new HashSet<>(found);
            Set<String> expectedSet = new HashSet<>(expected);
            int missing = (int) expected.stream().filter(row -> !foundSet.contains(row)).count();
            int extra = (int) found.stream().filter(row -> !expectedSet.contains(row)).count();
            return new Difference(missing, extra);
        }

        boolean none() {
            return missing == 0 && extra == 0;
        }
    }
}
