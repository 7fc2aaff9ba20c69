package ai.dflux.executor.domain.copy;

import ai.dflux.contracts.agents.DatabaseCredentials;
import ai.dflux.contracts.conversion.TablePlan;
import ai.dflux.executor.domain.db.DataSources;
import ai.dflux.executor.domain.db.PostgresTables;
import ai.dflux.executor.domain.position.SnapshotPosition;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.postgresql.ds.PGSimpleDataSource;
import org.postgresql.jdbc.PreferQueryMode;

/**
 * A PostgreSQL source: a publication of the copied tables and a logical slot ({@code pgoutput}) created with an
 * exported snapshot, which every reader imports. The replication connection that created the slot stays open and
 * idle while the snapshot is in use, since the exported snapshot lives only that long.
 */
public final class PostgresSnapshotSource implements SnapshotSource {

    private static final Logger LOG = Logger.getLogger(PostgresSnapshotSource.class.getName());
    private static final int DROP_WAIT_MILLIS = 10_000;

    private final DatabaseCredentials credentials;
    private final String name;
    private final PostgresSourceReader reader = new PostgresSourceReader();

    public PostgresSnapshotSource(UUID migrationId, DatabaseCredentials credentials) {
        this.credentials = credentials;
        this.name = slotName(migrationId);
    }

    /** The slot's and the publication's name: {@code dflux_} and the migration id's hex digits. */
    public static String slotName(UUID migrationId) {
        return "dflux_" + migrationId.toString().replace("-", "");
    }

    @Override
    public Snapshot open(List<TablePlan> tables, int readers) throws SQLException {
        try (Connection admin = DataSources.source(credentials).getConnection()) {
            dropSlot(admin);
            createPublication(admin, tables);
        }
        Connection replication = replicationDataSource().getConnection();
        try {
            String snapshotName;
            String consistentPoint;
            try (Statement statement = replication.createStatement();
                    ResultSet created = statement.executeQuery("CREATE_REPLICATION_SLOT " + name
                            + " LOGICAL pgoutput EXPORT_SNAPSHOT")) {
                created.next();
                consistentPoint = created.getString("consistent_point");
                snapshotName = created.getString("snapshot_name");
            }
            LOG.info(() -> "slot " + name + " created at " + consistentPoint + " with snapshot " + snapshotName);
            List<Connection> connections = readers(snapshotName, readers);
            return new Snapshot(SnapshotPosition.postgres(name, name, consistentPoint), connections, replication);
        } catch (SQLException | RuntimeException e) {
            Snapshot.closeQuietly(replication);
            throw e;
        }
    }

    @Override
    public Snapshot reopen(SnapshotPosition position, int readers) throws SQLException {
        Connection keeper = DataSources.source(credentials).getConnection();
        try {
            if (!slotExists(keeper, position.slotName())) {
                throw new IllegalStateException("replication slot " + position.slotName() + " of the interrupted copy"
                        + " is gone, so the copy cannot resume consistently; clear the copy and start it again");
            }
            prepareSession(keeper);
            String snapshotName;
            try (Statement statement = keeper.createStatement();
                    ResultSet exported = statement.executeQuery("SELECT pg_export_snapshot()")) {
                exported.next();
                snapshotName = exported.getString(1);
            }
            return new Snapshot(position, readers(snapshotName, readers), keeper);
        } catch (SQLException | RuntimeException e) {
            Snapshot.closeQuietly(keeper);
            throw e;
        }
    }

    @Override
    public void drop() throws SQLException {
        try (Connection admin = DataSources.source(credentials).getConnection();
                Statement statement = admin.createStatement()) {
            dropSlot(admin);
            statement.execute("DROP PUBLICATION IF EXISTS " + name);
        }
    }

    @Override
    public SourceReader reader() {
        return reader;
    }

    @Override
    public void publish(List<TablePlan> tables) throws SQLException {
        try (Connection admin = DataSources.source(credentials).getConnection();
                PreparedStatement member = admin.prepareStatement("SELECT 1 FROM pg_publication_tables"
                        + " WHERE pubname = ? AND schemaname = ? AND tablename = ?");
                Statement statement = admin.createStatement()) {
            for (TablePlan table : tables) {
                member.setString(1, name);
                member.setString(2, table.sourceSchema());
                member.setString(3, table.sourceTable());
                try (ResultSet found = member.executeQuery()) {
                    if (found.next()) {
                        continue;
                    }
                }
                statement.execute("ALTER PUBLICATION " + name + " ADD TABLE " + PostgresTables.name(table));
                LOG.info(() -> "publication " + name + ": " + table.sourceSchema() + "." + table.sourceTable()
                        + " added");
            }
        }
    }

    /**
     * A partition's changes are published under its partitioned table's name, the table the migration plans (its
     * partitions are not tables of their own); by default PostgreSQL names the partition, and the stream, which takes
     * only the planned tables, would drop them. PostgreSQL 12 has no such option, nor takes a partitioned table into a
     * publication at all, and says so.
     */
    private void createPublication(Connection admin, List<TablePlan> tables) throws SQLException {
        String list = tables.stream().map(PostgresTables::name).distinct().collect(Collectors.joining(", "));
        boolean viaRoot = admin.getMetaData().getDatabaseMajorVersion() >= 13;
        try (Statement statement = admin.createStatement()) {
            statement.execute("DROP PUBLICATION IF EXISTS " + name);
            statement.execute("CREATE PUBLICATION " + name + (list.isEmpty() ? "" : " FOR TABLE " + list)
                    + (viaRoot ? " WITH (publish_via_partition_root = true)" : ""));
        }
    }

    /** Drops the slot if it exists, ending the backend that holds it first: a forgotten slot fills the disk. */
    private void dropSlot(Connection admin) throws SQLException {
        long deadline = System.currentTimeMillis() + DROP_WAIT_MILLIS;
        while (true) {
            Integer activePid = activePid(admin);
            if (activePid == null) {
                break;
            }
            if (activePid != 0) {
                try (PreparedStatement terminate = admin.prepareStatement("SELECT pg_terminate_backend(?)")) {
                    terminate.setInt(1, activePid);
                    terminate.executeQuery().close();
                }
            } else {
                try (PreparedStatement drop = admin.prepareStatement("SELECT pg_drop_replication_slot(?)")) {
                    drop.setString(1, name);
                    drop.executeQuery().close();
                    LOG.info(() -> "slot " + name + " dropped");
                    return;
                } catch (SQLException raced) {
                    if (System.currentTimeMillis() > deadline) {
                        throw raced;
                    }
                }
            }
            if (System.currentTimeMillis() > deadline) {
                throw new SQLException("replication slot " + name + " stays active; cannot drop it");
            }
            pause();
        }
    }

    /** null when the slot does not exist, 0 when it exists and is inactive, else the backend holding it. */
    private Integer activePid(Connection admin) throws SQLException {
        try (PreparedStatement query = admin.prepareStatement(
                "SELECT coalesce(active_pid, 0) FROM pg_replication_slots WHERE slot_name = ?")) {
            query.setString(1, name);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? rows.getInt(1) : null;
            }
        }
    }

    private static boolean slotExists(Connection connection, String slot) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT 1 FROM pg_replication_slots WHERE slot_name = ?")) {
            query.setString(1, slot);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    private List<Connection> readers(String snapshotName, int count) throws SQLException {
        List<Connection> connections = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                Connection connection = DataSources.source(credentials).getConnection();
                connections.add(connection);
                prepareSession(connection);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("SET TRANSACTION SNAPSHOT " + PostgresSourceReader.literal(snapshotName));
                }
            }
            return connections;
        } catch (SQLException | RuntimeException e) {
            connections.forEach(Snapshot::closeQuietly);
            throw e;
        }
    }

    /** Text forms that the target reads back the same: ISO dates, UTC, postgres-style intervals. */
    private static void prepareSession(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET TimeZone = 'UTC'");
            statement.execute("SET DateStyle = 'ISO, YMD'");
            statement.execute("SET IntervalStyle = 'postgres'");
            statement.execute("SET extra_float_digits = 3");
        }
        connection.setAutoCommit(false);
        connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        connection.setReadOnly(true);
    }

    private PGSimpleDataSource replicationDataSource() {
        PGSimpleDataSource source = DataSources.postgres(credentials);
        source.setReplication("database");
        source.setPreferQueryMode(PreferQueryMode.SIMPLE);
        source.setAssumeMinServerVersion("10");
        return source;
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while dropping a replication slot", e);
        }
    }
}
