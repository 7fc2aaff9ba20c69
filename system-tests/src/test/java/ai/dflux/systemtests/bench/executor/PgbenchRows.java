package ai.dflux.systemtests.bench.executor;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The rows of pgbench's four tables in one database, each table found in whatever schema a tool put it (pgloader
 * writes into a schema named after the source database), and the sum of the accounts' balances, which every pgbench
 * transaction changes: the check that a copy is complete and that a stream applied every change.
 */
public record PgbenchRows(Map<String, Long> rowsByTable, long balanceSum) {

    public static final List<String> TABLES = List.of("pgbench_accounts", "pgbench_branches", "pgbench_tellers",
            "pgbench_history");

    /** Counts on PostgreSQL; a table that is missing counts -1. */
    public static PgbenchRows onPostgres(DataSource database) throws SQLException {
        Map<String, Long> rows = new LinkedHashMap<>();
        String accounts = null;
        try (Connection connection = database.getConnection();
                PreparedStatement find = connection.prepareStatement("SELECT quote_ident(n.nspname) || '.' ||"
                        + " quote_ident(c.relname) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                        + " WHERE c.relname = ? AND c.relkind IN ('r', 'p')"
                        + " AND n.nspname NOT IN ('pg_catalog', 'information_schema') ORDER BY n.nspname LIMIT 1")) {
            for (String table : TABLES) {
                find.setString(1, table);
                try (ResultSet found = find.executeQuery()) {
                    String qualified = found.next() ? found.getString(1) : null;
                    rows.put(table, qualified == null ? -1L : count(connection, qualified));
                    accounts = table.equals("pgbench_accounts") ? qualified : accounts;
                }
            }
            return new PgbenchRows(rows, accounts == null ? 0 : balanceSum(connection, accounts));
        }
    }

    /** Counts in the current database of a MariaDB connection. */
    public static PgbenchRows onMariaDb(DataSource database) throws SQLException {
        Map<String, Long> rows = new LinkedHashMap<>();
        try (Connection connection = database.getConnection()) {
            for (String table : TABLES) {
                rows.put(table, count(connection, "`" + table + "`"));
            }
            return new PgbenchRows(rows, balanceSum(connection, "pgbench_accounts"));
        }
    }

    private static long count(Connection connection, String qualifiedTable) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet count = statement.executeQuery("SELECT count(*) FROM " + qualifiedTable)) {
            count.next();
            return count.getLong(1);
        }
    }

    private static long balanceSum(Connection connection, String accounts) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet sum = statement.executeQuery("SELECT coalesce(sum(abalance), 0) FROM " + accounts)) {
            sum.next();
            return sum.getLong(1);
        }
    }

    public long total() {
        return rowsByTable.values().stream().mapToLong(Long::longValue).sum();
    }

    @Override
    public String toString() {
        return rowsByTable + ", sum(abalance) " + balanceSum;
    }
}
