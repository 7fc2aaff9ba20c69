package ai.dflux.executor.domain.stream;

import ai.dflux.executor.domain.target.TargetBookkeeping;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The stream's rows in the target's {@code dflux_executor} schema: the committed source position
 * ({@code stream_offset}) and the Debezium schema history ({@code schema_history}). The tables are created when missing,
 * in the shape the executor's target bookkeeping uses.
 */
final class StreamBookkeeping {

    static final String SCHEMA = TargetBookkeeping.SCHEMA;
    static final String OFFSET_TABLE = SCHEMA + ".stream_offset";
    static final String HISTORY_TABLE = SCHEMA + ".schema_history";

    private StreamBookkeeping() {
    }

    static void ensure(Connection connection) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(true);
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA IF NOT EXISTS " + SCHEMA);
            statement.execute("CREATE TABLE IF NOT EXISTS " + OFFSET_TABLE + " (migration_id text NOT NULL,"
                    + " offset_key bytea NOT NULL, offset_value bytea, PRIMARY KEY (migration_id, offset_key))");
            statement.execute("CREATE TABLE IF NOT EXISTS " + HISTORY_TABLE + " (migration_id text NOT NULL,"
                    + " seq bigint NOT NULL, record text NOT NULL, PRIMARY KEY (migration_id, seq))");
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    static Map<byte[], byte[]> offsets(Connection connection, String migrationId) throws SQLException {
        Map<byte[], byte[]> offsets = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT offset_key, offset_value FROM " + OFFSET_TABLE + " WHERE migration_id = ?")) {
            select.setString(1, migrationId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    offsets.put(rows.getBytes(1), rows.getBytes(2));
                }
            }
        }
        return offsets;
    }

    /**
     * Writes a position in the caller's transaction, so that it commits with the rows it came with, only where the
     * target still holds {@code expected} (null: where none is committed yet); false where another writer changed it.
     * The row lock taken by the update makes a second writer wait for the first one's commit, and then find the
     * position it expects gone.
     */
    static boolean advanceOffset(Connection connection, String migrationId, byte[] key, byte[] expected, byte[] value)
            throws SQLException {
        String sql = expected == null
                ? "INSERT INTO " + OFFSET_TABLE + " (migration_id, offset_key, offset_value) VALUES (?, ?, ?)"
                        + " ON CONFLICT (migration_id, offset_key) DO NOTHING"
                : "UPDATE " + OFFSET_TABLE + " SET offset_value = ? WHERE migration_id = ? AND offset_key = ?"
                        + " AND offset_value = ?";
        try (PreparedStatement write = connection.prepareStatement(sql)) {
            if (expected == null) {
                write.setString(1, migrationId);
                write.setBytes(2, key);
                write.setBytes(3, value);
            } else {
                write.setBytes(1, value);
                write.setString(2, migrationId);
                write.setBytes(3, key);
                write.setBytes(4, expected);
            }
            return write.executeUpdate() == 1;
        }
    }

    static List<String> history(Connection connection, String migrationId) throws SQLException {
        List<String> records = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT record FROM " + HISTORY_TABLE + " WHERE migration_id = ? ORDER BY seq")) {
            select.setString(1, migrationId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    records.add(rows.getString(1));
                }
            }
        }
        return records;
    }

    static boolean hasHistory(Connection connection, String migrationId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT 1 FROM " + HISTORY_TABLE + " WHERE migration_id = ? LIMIT 1")) {
            select.setString(1, migrationId);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next();
            }
        }
    }

    static void appendHistory(Connection connection, String migrationId, String record) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + HISTORY_TABLE
                + " (migration_id, seq, record) SELECT ?, coalesce(max(seq), 0) + 1, ? FROM " + HISTORY_TABLE
                + " WHERE migration_id = ?")) {
            insert.setString(1, migrationId);
            insert.setString(2, record);
            insert.setString(3, migrationId);
            insert.executeUpdate();
        }
    }

    /** Forgets the stream's position and history, for a migration that is deleted or restarted from a new copy. */
    static void forget(Connection connection, String migrationId) throws SQLException {
        for (String table : List.of(OFFSET_TABLE, HISTORY_TABLE)) {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM " + table + " WHERE migration_id = ?")) {
                delete.setString(1, migrationId);
                delete.executeUpdate();
            }
        }
    }
}
