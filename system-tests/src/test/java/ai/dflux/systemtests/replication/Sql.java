package ai.dflux.systemtests.replication;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/** Small JDBC helpers for the replication tests. */
public final class Sql {

    private Sql() {
    }

    /** Runs the statements on a connection of its own, in autocommit. */
    public static void execute(DataSource database, String... statements) {
        try (Connection connection = database.getConnection()) {
            execute(connection, statements);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The single number a query of counting answers, read on a connection of its own. */
    public static long count(DataSource database, String sql) throws SQLException {
        try (Connection connection = database.getConnection()) {
            return count(connection, sql);
        }
    }

    static void execute(Connection connection, String... statements) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    static int update(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        }
    }

    static long count(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
