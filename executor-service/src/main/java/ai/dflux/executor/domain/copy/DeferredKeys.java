package ai.dflux.executor.domain.copy;

import ai.dflux.executor.domain.db.PostgresTables;
import ai.dflux.executor.domain.target.TargetLedger;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Loads a large target table without its primary key and builds the key once every row is in, the order
 * {@code pg_dump} restores in: one index build after the load costs the target less than keeping the index up to date
 * row by row (decision 22). The key's name and definition go into {@value #TABLE} in the transaction that drops it, so
 * a copy interrupted at any point puts the key back when it resumes, or when the migration is forgotten.
 */
final class DeferredKeys {

    static final String TABLE = CopyBookkeeping.SCHEMA + ".copy_deferred_key";

    private static final Logger LOG = Logger.getLogger(DeferredKeys.class.getName());

    static final String DDL = "CREATE TABLE IF NOT EXISTS " + TABLE + " (migration_id uuid NOT NULL,"
            + " target_table text NOT NULL, constraint_name text NOT NULL, definition text NOT NULL,"
            + " dropped_at timestamptz NOT NULL DEFAULT now(), PRIMARY KEY (migration_id, target_table))";

    /**
     * The primary key of an ordinary, unpartitioned table that no foreign key references and that is not the table's
     * replica identity: only such a key can be dropped and built again without touching anything else.
     */
    private static final String DROPPABLE_KEY = "SELECT k.conname, pg_get_constraintdef(k.oid)"
            + " FROM pg_constraint k JOIN pg_class t ON t.oid = k.conrelid JOIN pg_index i ON i.indexrelid = k.conindid"
            + " WHERE k.conrelid = ?::regclass AND k.contype = 'p' AND t.relkind = 'r' AND NOT t.relispartition"
            + " AND NOT i.indisreplident"
            + " AND NOT EXISTS (SELECT 1 FROM pg_constraint f WHERE f.contype = 'f' AND f.conindid = k.conindid)";

    private DeferredKeys() {
    }

    /**
     * Drops the primary key of the target table if the table is empty and its key can be built again as it was;
     * true when the key is off (now, or since an earlier run of the same copy).
     */
    static boolean defer(Connection connection, UUID migrationId, String targetTable) throws SQLException {
        return Transactions.run(connection, () -> {
            if (deferred(connection, migrationId, targetTable) != null) {
                return true;
            }
            String[] key = droppableKey(connection, targetTable);
            if (key == null || !empty(connection, targetTable)) {
                return false;
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + TABLE
                    + " (migration_id, target_table, constraint_name, definition) VALUES (?, ?, ?, ?)");
                    Statement statement = connection.createStatement()) {
                insert.setObject(1, migrationId);
                insert.setString(2, targetTable);
                insert.setString(3, key[0]);
                insert.setString(4, key[1]);
                insert.executeUpdate();
                statement.execute("ALTER TABLE " + targetTable + " DROP CONSTRAINT "
                        + PostgresTables.quote(key[0]));
            }
            return true;
        });
    }

    /**
     * Builds the key {@link #defer} took off the table, if it did (then true, after telling {@code building}); nothing
     * otherwise.
     *
     * @throws SQLException when the rows do not allow the key (a key value copied twice); the key stays recorded as
     *     deferred
     */
    static boolean restore(Connection connection, UUID migrationId, String targetTable, Runnable building)
            throws SQLException {
        return Transactions.run(connection, () -> {
            String[] key = deferred(connection, migrationId, targetTable);
            if (key == null) {
                return false;
            }
            building.run();
            try (Statement statement = connection.createStatement()) {
                statement.execute(TargetLedger.INDEX_BUILD_MEMORY);
                statement.execute("ALTER TABLE " + targetTable + " ADD CONSTRAINT "
                        + PostgresTables.quote(key[0]) + " " + key[1]);
            }
            forget(connection, migrationId, targetTable);
            return true;
        });
    }

    /**
     * Builds every key still deferred for the migration, whose copy is being forgotten. A key that cannot be built
     * stays recorded in {@value #TABLE}, with its definition, for a person to build; the others are built all the same.
     */
    static void restoreAll(Connection connection, UUID migrationId) throws SQLException {
        for (String table : deferredTables(connection, migrationId)) {
            try {
                restore(connection, migrationId, table, () -> { });
            } catch (SQLException e) {
                LOG.warning(() -> "migration " + migrationId + ": the primary key of target table " + table
                        + " could not be built again, so the table stays without it (its definition stays in "
                        + TABLE + "): " + e.getMessage());
            }
        }
    }

    /** The tables whose keys are still deferred for the migration. */
    static List<String> deferredTables(Connection connection, UUID migrationId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT target_table FROM " + TABLE
                + " WHERE migration_id = ? ORDER BY target_table")) {
            query.setObject(1, migrationId);
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            return tables;
        }
    }

    /** The deferred key's name and definition as {@link #defer} recorded them, locked; null if none. */
    private static String[] deferred(Connection connection, UUID migrationId, String targetTable)
            throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT constraint_name, definition FROM " + TABLE
                + " WHERE migration_id = ? AND target_table = ? FOR UPDATE")) {
            query.setObject(1, migrationId);
            query.setString(2, targetTable);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? new String[] {rows.getString(1), rows.getString(2)} : null;
            }
        }
    }

    private static void forget(Connection connection, UUID migrationId, String targetTable) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + TABLE
                + " WHERE migration_id = ? AND target_table = ?")) {
            delete.setObject(1, migrationId);
            delete.setString(2, targetTable);
            delete.executeUpdate();
        }
    }

    private static String[] droppableKey(Connection connection, String targetTable) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(DROPPABLE_KEY)) {
            query.setString(1, targetTable);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? new String[] {rows.getString(1), rows.getString(2)} : null;
            }
        }
    }

    private static boolean empty(Connection connection, String targetTable) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT NOT EXISTS (SELECT 1 FROM " + targetTable + ")")) {
            rows.next();
            return rows.getBoolean(1);
        }
    }

}
