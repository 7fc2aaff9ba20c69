package ai.dflux.executor.domain.copy;

import ai.dflux.executor.domain.target.TargetBookkeeping;
import ai.dflux.executor.domain.position.SnapshotPosition;
import ai.dflux.executor.domain.position.TableDefinition;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * What the initial copy keeps in the TARGET database (schema {@value #SCHEMA}) so that a restarted copy resumes
 * exactly: the snapshot position of the first run ({@value #COPY_SNAPSHOT}) with, for a binlog source, its tables'
 * structures there ({@value #COPY_SOURCE_DEFINITION}), each table's chunk plan as first computed ({@value #COPY_PLAN}),
 * and each copied chunk ({@value #COPY_CHUNK}), whose row commits in the same transaction as the chunk's rows.
 */
public final class CopyBookkeeping {

    public static final String SCHEMA = TargetBookkeeping.SCHEMA;
    public static final String COPY_SNAPSHOT = SCHEMA + ".copy_snapshot";
    public static final String COPY_PLAN = SCHEMA + ".copy_plan";
    public static final String COPY_CHUNK = SCHEMA + ".copy_chunk";
    public static final String COPY_SOURCE_DEFINITION = SCHEMA + ".copy_source_definition";

    private static final List<String> DDL = List.of(
            "CREATE SCHEMA IF NOT EXISTS " + SCHEMA,
            "CREATE TABLE IF NOT EXISTS " + COPY_SNAPSHOT + " (migration_id uuid PRIMARY KEY, dialect text NOT NULL,"
                    + " slot_name text, publication_name text, lsn text, binlog_file text, binlog_position bigint,"
                    + " gtid_set text, taken_at timestamptz NOT NULL DEFAULT now())",
            "CREATE TABLE IF NOT EXISTS " + COPY_PLAN + " (migration_id uuid NOT NULL, source_table text NOT NULL,"
                    + " chunk_no integer NOT NULL, lower_bound text[], upper_bound text[],"
                    + " PRIMARY KEY (migration_id, source_table, chunk_no))",
            "CREATE TABLE IF NOT EXISTS " + COPY_CHUNK + " (migration_id uuid NOT NULL, source_table text NOT NULL,"
                    + " chunk_no integer NOT NULL, rows_copied bigint NOT NULL, bytes_copied bigint NOT NULL,"
                    + " copied_at timestamptz NOT NULL DEFAULT now(), PRIMARY KEY (migration_id, source_table, chunk_no))",
            "CREATE TABLE IF NOT EXISTS " + COPY_SOURCE_DEFINITION + " (migration_id uuid NOT NULL,"
                    + " source_database text NOT NULL, source_table text NOT NULL, ddl text NOT NULL,"
                    + " PRIMARY KEY (migration_id, source_database, source_table))",
            DeferredKeys.DDL);

    private final DataSource target;

    public CopyBookkeeping(DataSource target) {
        this.target = target;
    }

    public void createTables() throws SQLException {
        try (Connection connection = target.getConnection(); Statement statement = connection.createStatement()) {
            for (String ddl : DDL) {
                statement.execute(ddl);
            }
        }
    }

    public Optional<SnapshotPosition> position(UUID migrationId) throws SQLException {
        try (Connection connection = target.getConnection();
                PreparedStatement query = connection.prepareStatement("SELECT dialect, slot_name, publication_name,"
                        + " lsn, binlog_file, binlog_position, gtid_set FROM " + COPY_SNAPSHOT + " WHERE migration_id = ?")) {
            query.setObject(1, migrationId);
            try (ResultSet rows = query.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                return Optional.of(new SnapshotPosition(rows.getString(1), rows.getString(2), rows.getString(3),
                        rows.getString(4), rows.getString(5), rows.getLong(6), rows.getString(7)));
            }
        }
    }

    /** Records the first snapshot's position with the source's table structures there, in one transaction. */
    void savePosition(UUID migrationId, SnapshotPosition position, List<TableDefinition> definitions)
            throws SQLException {
        try (Connection connection = target.getConnection()) {
            Transactions.run(connection, () -> {
                insertPosition(connection, migrationId, position);
                insertDefinitions(connection, migrationId, definitions);
                return null;
            });
        }
    }

    private static void insertPosition(Connection connection, UUID migrationId, SnapshotPosition position)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + COPY_SNAPSHOT
                + " (migration_id, dialect, slot_name, publication_name, lsn, binlog_file, binlog_position,"
                + " gtid_set) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setObject(1, migrationId);
            insert.setString(2, position.dialect());
            insert.setString(3, position.slotName());
            insert.setString(4, position.publicationName());
            insert.setString(5, position.lsn());
            insert.setString(6, position.binlogFile());
            insert.setLong(7, position.binlogPosition());
            insert.setString(8, position.gtidSet());
            insert.executeUpdate();
        }
    }

    private static void insertDefinitions(Connection connection, UUID migrationId, List<TableDefinition> definitions)
            throws SQLException {
        if (definitions.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + COPY_SOURCE_DEFINITION
                + " (migration_id, source_database, source_table, ddl) VALUES (?, ?, ?, ?)")) {
            for (TableDefinition definition : definitions) {
                insert.setObject(1, migrationId);
                insert.setString(2, definition.database());
                insert.setString(3, definition.table());
                insert.setString(4, definition.ddl());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** The source's table structures at the first snapshot's position; empty when none were recorded. */
    public List<TableDefinition> definitions(UUID migrationId) throws SQLException {
        try (Connection connection = target.getConnection();
                PreparedStatement query = connection.prepareStatement("SELECT source_database, source_table, ddl FROM "
                        + COPY_SOURCE_DEFINITION + " WHERE migration_id = ? ORDER BY source_database, source_table")) {
            query.setObject(1, migrationId);
            List<TableDefinition> definitions = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    definitions.add(new TableDefinition(rows.getString(1), rows.getString(2), rows.getString(3)));
                }
            }
            return definitions;
        }
    }

    /** The table's chunk plan as first computed, or empty when it has none yet. */
    static Optional<List<Chunk>> plan(Connection connection, UUID migrationId, String sourceTable)
            throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT chunk_no, lower_bound, upper_bound FROM "
                + COPY_PLAN + " WHERE migration_id = ? AND source_table = ? ORDER BY chunk_no")) {
            query.setObject(1, migrationId);
            query.setString(2, sourceTable);
            List<Chunk> chunks = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    chunks.add(new Chunk(rows.getInt(1), bound(rows.getArray(2)), bound(rows.getArray(3))));
                }
            }
            return chunks.isEmpty() ? Optional.empty() : Optional.of(chunks);
        }
    }

    /** Stores the whole plan in one transaction, so a plan is either complete or absent. */
    static void savePlan(Connection connection, UUID migrationId, String sourceTable, List<Chunk> chunks)
            throws SQLException {
        Transactions.run(connection, () -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + COPY_PLAN
                    + " (migration_id, source_table, chunk_no, lower_bound, upper_bound) VALUES (?, ?, ?, ?, ?)")) {
                for (Chunk chunk : chunks) {
                    insert.setObject(1, migrationId);
                    insert.setString(2, sourceTable);
                    insert.setInt(3, chunk.number());
                    insert.setArray(4, array(connection, chunk.lower()));
                    insert.setArray(5, array(connection, chunk.upper()));
                    insert.addBatch();
                }
                return insert.executeBatch();
            }
        });
    }

    /** Rows and bytes of each chunk of the table copied so far, by chunk number. */
    static Map<Integer, long[]> copiedChunks(Connection connection, UUID migrationId, String sourceTable)
            throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT chunk_no, rows_copied, bytes_copied FROM "
                + COPY_CHUNK + " WHERE migration_id = ? AND source_table = ?")) {
            query.setObject(1, migrationId);
            query.setString(2, sourceTable);
            Map<Integer, long[]> copied = new HashMap<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    copied.put(rows.getInt(1), new long[] {rows.getLong(2), rows.getLong(3)});
                }
            }
            return copied;
        }
    }

    /** Records a chunk inside the caller's open transaction, the one that copied its rows. */
    static void recordChunk(Connection transaction, UUID migrationId, String sourceTable, int chunkNo, long rows,
            long bytes) throws SQLException {
        try (PreparedStatement insert = transaction.prepareStatement("INSERT INTO " + COPY_CHUNK
                + " (migration_id, source_table, chunk_no, rows_copied, bytes_copied) VALUES (?, ?, ?, ?, ?)")) {
            insert.setObject(1, migrationId);
            insert.setString(2, sourceTable);
            insert.setInt(3, chunkNo);
            insert.setLong(4, rows);
            insert.setLong(5, bytes);
            insert.executeUpdate();
        }
    }

    /** Whether every planned chunk of the migration is copied (false before any plan exists). */
    public boolean complete(UUID migrationId) throws SQLException {
        try (Connection connection = target.getConnection();
                PreparedStatement query = connection.prepareStatement("SELECT count(*), count(c.chunk_no) FROM "
                        + COPY_PLAN + " p LEFT JOIN " + COPY_CHUNK + " c USING (migration_id, source_table, chunk_no)"
                        + " WHERE p.migration_id = ?")) {
            query.setObject(1, migrationId);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1) > 0 && rows.getLong(1) == rows.getLong(2);
            }
        }
    }

    /**
     * Forgets the migration's copy (its rows on the target stay, with the primary keys a copy in progress had not
     * built yet): the next copy starts from a new snapshot.
     */
    public void clear(UUID migrationId) throws SQLException {
        try (Connection connection = target.getConnection()) {
            DeferredKeys.restoreAll(connection, migrationId);
            for (String table : List.of(COPY_CHUNK, COPY_PLAN, COPY_SOURCE_DEFINITION, COPY_SNAPSHOT)) {
                try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table
                        + " WHERE migration_id = ?")) {
                    delete.setObject(1, migrationId);
                    delete.executeUpdate();
                }
            }
        }
    }

    private static Array array(Connection connection, List<String> bound) throws SQLException {
        return bound == null ? null : connection.createArrayOf("text", bound.toArray());
    }

    private static List<String> bound(Array array) throws SQLException {
        return array == null ? null : Arrays.asList((String[]) array.getArray());
    }
}
