package ai.dflux.systemtests.bench.compatibility;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Small JDBC helpers of the benchmark's catalog queries. */
final class Sql {

    private Sql() {
    }

    /** The single integer a counting query returns, with every {@code ?} bound to {@code parameter}. */
    static int count(Connection connection, String query, String parameter) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(query)) {
            bind(statement, query, parameter);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    /** The rows of a query as string arrays, with every {@code ?} bound to {@code parameter}. */
    static List<String[]> rows(Connection connection, String query, String parameter) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(query)) {
            bind(statement, query, parameter);
            try (ResultSet rows = statement.executeQuery()) {
                int width = rows.getMetaData().getColumnCount();
                List<String[]> result = new ArrayList<>();
                while (rows.next()) {
                    String[] row = new String[width];
                    for (int i = 0; i < width; i++) {
                        row[i] = rows.getString(i + 1);
                    }
                    result.add(row);
                }
                return result;
            }
        }
    }

    /** Binds every {@code ?} (the queries here have none inside literals) to the one parameter. */
    private static void bind(PreparedStatement statement, String query, String parameter) throws SQLException {
        int markers = (int) query.chars().filter(c -> c == '?').count();
        for (int i = 1; i <= markers; i++) {
            statement.setString(i, parameter);
        }
    }

    static String quotedMariaDb(String identifier) {
        return "`" + identifier.replace("`", "``") + "`";
    }

    static String quotedPostgres(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
