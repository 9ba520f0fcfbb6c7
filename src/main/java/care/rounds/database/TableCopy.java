package care.rounds.database;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * PostgreSQL's COPY, table by table, over JDBC: what pg_dump --data-only does, without needing the
 * pg_dump program (the embedded PostgreSQL ships only initdb, pg_ctl and postgres).
 */
final class TableCopy {

    static final String FLYWAY_HISTORY = "flyway_schema_history";

    private TableCopy() {
    }

    /** The application's tables, parents before the tables that refer to them. */
    static List<String> tablesInLoadOrder(Connection connection) throws SQLException {
        Map<String, Set<String>> parents = new LinkedHashMap<>();
        try (PreparedStatement tables = connection.prepareStatement(
                "select table_name from information_schema.tables where table_schema = 'public' "
                        + "and table_type = 'BASE TABLE' order by table_name");
             ResultSet rows = tables.executeQuery()) {
            while (rows.next()) {
                parents.put(rows.getString(1), new LinkedHashSet<>());
            }
        }
        try (PreparedStatement references = connection.prepareStatement("""
                select child.relname, parent.relname from pg_constraint c
                join pg_class child on child.oid = c.conrelid join pg_class parent on parent.oid = c.confrelid
                join pg_namespace n on n.oid = child.relnamespace
                where c.contype = 'f' and n.nspname = 'public' and child.oid <> parent.oid""");
             ResultSet rows = references.executeQuery()) {
            while (rows.next()) {
                Set<String> of = parents.get(rows.getString(1));
                if (of != null && parents.containsKey(rows.getString(2))) {
                    of.add(rows.getString(2));
                }
            }
        }
        List<String> order = new ArrayList<>();
        Set<String> placed = new LinkedHashSet<>();
        Deque<String> pending = new ArrayDeque<>(parents.keySet());
        int sinceProgress = 0;
        while (!pending.isEmpty()) {
            String table = pending.poll();
            if (placed.containsAll(parents.get(table))) {
                order.add(table);
                placed.add(table);
                sinceProgress = 0;
            } else {
                pending.add(table);
                if (++sinceProgress > pending.size()) {
                    throw new SQLException("Tables refer to each other in a cycle: " + pending);
                }
            }
        }
        return order;
    }

    static long copyOut(Connection connection, String table, OutputStream out) throws SQLException, IOException {
        return copyManager(connection).copyOut("COPY " + quoted(table) + " TO STDOUT", out);
    }

    static long copyIn(Connection connection, String table, InputStream in) throws SQLException, IOException {
        return copyManager(connection).copyIn("COPY " + quoted(table) + " FROM STDIN", in);
    }

    static long count(Connection connection, String table) throws SQLException {
        try (PreparedStatement count = connection.prepareStatement("select count(*) from " + quoted(table));
             ResultSet rows = count.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    static String quoted(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    private static CopyManager copyManager(Connection connection) throws SQLException {
        return connection.unwrap(PGConnection.class).getCopyAPI();
    }
}
