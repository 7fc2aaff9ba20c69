package ai.dflux.executor.domain.copy;

import ai.dflux.contracts.agents.DatabaseCredentials;
import ai.dflux.contracts.conversion.TablePlan;
import ai.dflux.executor.domain.db.DataSources;
import ai.dflux.executor.domain.db.MariaDbNames;
import ai.dflux.executor.domain.position.SnapshotPosition;
import ai.dflux.executor.domain.position.TableDefinition;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A MySQL/MariaDB source: the readers start their consistent-snapshot transactions while a global read lock keeps the
 * binlog still, so they all see the same data and the binlog position read under the lock is exactly where that data
 * ends. Under the same lock the structures of the copied databases' tables are read ({@code SHOW CREATE TABLE}): a
 * stream starting at the position reads the rows written before a later change of a table with them. The lock lasts
 * milliseconds plus under a millisecond per table (decision 24). Without the RELOAD privilege there is no lock: one reader, whose
 * snapshot position MariaDB reports itself ({@code binlog_snapshot_file/position}), and the structures read right after
 * its snapshot starts (a table changed in between would be read as changed).
 */
public final class MariaDbSnapshotSource implements SnapshotSource {

    private static final Logger LOG = Logger.getLogger(MariaDbSnapshotSource.class.getName());
    private static final int LOCK_WAIT_SECONDS = 10;

    private final DatabaseCredentials credentials;
    private final String dialect;
    private final MariaDbSourceReader reader = new MariaDbSourceReader();

    public MariaDbSnapshotSource(DatabaseCredentials credentials) {
        this.credentials = credentials;
        this.dialect = DataSources.dialectOf(credentials).id();
    }

    @Override
    public Snapshot open(List<TablePlan> tables, int readers) throws SQLException {
        DataSource source = DataSources.source(credentials);
        Connection lock = source.getConnection();
        try {
            if (!globalReadLock(lock)) {
                return singleReader(source, tables);
            }
            List<Connection> connections = new ArrayList<>();
            try {
                for (int i = 0; i < readers; i++) {
                    connections.add(startSnapshot(source.getConnection()));
                }
                List<TableDefinition> definitions = definitions(lock, tables);
                SnapshotPosition position = lockedPosition(lock);
                LOG.info(() -> "consistent snapshot with " + readers + " readers at " + position.describe() + ", "
                        + definitions.size() + " table structures read");
                return new Snapshot(position, connections, null, definitions);
            } catch (SQLException | RuntimeException e) {
                connections.forEach(Snapshot::closeQuietly);
                throw e;
            }
        } finally {
            Snapshot.closeQuietly(lock);
        }
    }

    @Override
    public Snapshot reopen(SnapshotPosition position, int readers) throws SQLException {
        Snapshot fresh = open(List.of(), readers);
        return new Snapshot(position, fresh.readers(), null);
    }

    @Override
    public void publish(List<TablePlan> tables) {
    }

    /** Nothing stays on a MySQL/MariaDB source after the copy: the binlog is the server's own. */
    @Override
    public void drop() {
    }

    @Override
    public SourceReader reader() {
        return reader;
    }

    private boolean globalReadLock(Connection lock) {
        try (Statement statement = lock.createStatement()) {
            // FTWRL waits for running statements, and every writer waits behind it: give up soon rather than stall
            statement.execute("SET SESSION lock_wait_timeout = " + LOCK_WAIT_SECONDS);
            statement.execute("FLUSH TABLES WITH READ LOCK");
            return true;
        } catch (SQLException e) {
            LOG.warning(() -> "FLUSH TABLES WITH READ LOCK failed on " + credentials + " (" + e.getMessage()
                    + "): the copy runs single-threaded on one consistent snapshot; grant RELOAD for parallel copy");
            return false;
        }
    }

    private SnapshotPosition lockedPosition(Connection lock) throws SQLException {
        try (Statement statement = lock.createStatement()) {
            Map<String, String> status = masterStatus(statement);
            if (status.get("file") == null) {
                throw new CopyException("the binary log is off on " + credentials + ": there is no position to stream"
                        + " changes from (set log_bin and binlog_format=ROW)");
            }
            String gtid = status.get("executed_gtid_set");
            if (!"mysql".equals(dialect)) {
                gtid = single(statement, "SELECT @@gtid_binlog_pos");
            }
            SnapshotPosition position = SnapshotPosition.binlog(dialect, status.get("file"),
                    Long.parseLong(status.get("position")), emptyToNull(gtid));
            statement.execute("UNLOCK TABLES");
            return position;
        }
    }

    private static Map<String, String> masterStatus(Statement statement) throws SQLException {
        Map<String, String> status = new HashMap<>();
        try (ResultSet rows = binlogStatus(statement)) {
            if (rows.next()) {
                ResultSetMetaData meta = rows.getMetaData();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    status.put(meta.getColumnLabel(i).toLowerCase(), rows.getString(i));
                }
            }
        }
        return status;
    }

    private static ResultSet binlogStatus(Statement statement) throws SQLException {
        try {
            return statement.executeQuery("SHOW MASTER STATUS");
        } catch (SQLException removedInMySql84) {
            return statement.executeQuery("SHOW BINARY LOG STATUS");
        }
    }

    /** The structures of every base table of the databases the copied tables are in, as {@code SHOW CREATE TABLE}. */
    private static List<TableDefinition> definitions(Connection connection, List<TablePlan> tables)
            throws SQLException {
        Set<String> databases = new TreeSet<>();
        tables.stream().map(TablePlan::sourceSchema).filter(name -> name != null && !name.isEmpty())
                .forEach(databases::add);
        List<TableDefinition> definitions = new ArrayList<>();
        for (String database : databases) {
            for (String table : baseTables(connection, database)) {
                try (Statement statement = connection.createStatement();
                        ResultSet rows = statement.executeQuery("SHOW CREATE TABLE " + MariaDbNames.quote(database)
                                + "." + MariaDbNames.quote(table))) {
                    if (rows.next()) {
                        definitions.add(new TableDefinition(database, table, rows.getString(2)));
                    }
                }
            }
        }
        return definitions;
    }

    private static List<String> baseTables(Connection connection, String database) throws SQLException {
        List<String> names = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT TABLE_NAME FROM information_schema.TABLES"
                + " WHERE TABLE_SCHEMA = ? AND TABLE_TYPE IN ('BASE TABLE', 'SYSTEM VERSIONED') ORDER BY TABLE_NAME")) {
            query.setString(1, database);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
        }
        return names;
    }

    private Snapshot singleReader(DataSource source, List<TablePlan> tables) throws SQLException {
        if ("mysql".equals(dialect)) {
            throw new CopyException("MySQL source " + credentials + " does not permit FLUSH TABLES WITH READ LOCK, and"
                    + " MySQL reports no position for a snapshot without it: grant RELOAD to the migration's user");
        }
        Connection connection = startSnapshot(source.getConnection());
        try (Statement statement = connection.createStatement()) {
            Map<String, String> status = new HashMap<>();
            try (ResultSet rows = statement.executeQuery("SHOW STATUS LIKE 'binlog_snapshot_%'")) {
                while (rows.next()) {
                    status.put(rows.getString(1).toLowerCase(), rows.getString(2));
                }
            }
            String file = status.get("binlog_snapshot_file");
            if (file == null || file.isEmpty()) {
                throw new CopyException("the binary log is off on " + credentials + ": there is no position to stream"
                        + " changes from (set log_bin and binlog_format=ROW)");
            }
            long position = Long.parseLong(status.get("binlog_snapshot_position"));
            String gtid;
            try (PreparedStatement query = connection.prepareStatement("SELECT BINLOG_GTID_POS(?, ?)")) {
                query.setString(1, file);
                query.setLong(2, position);
                try (ResultSet rows = query.executeQuery()) {
                    gtid = rows.next() ? rows.getString(1) : null;
                }
            }
            SnapshotPosition snapshot = SnapshotPosition.binlog(dialect, file, position, emptyToNull(gtid));
            List<TableDefinition> definitions = definitions(connection, tables);
            LOG.info(() -> "consistent snapshot with 1 reader at " + snapshot.describe() + ", " + definitions.size()
                    + " table structures read");
            return new Snapshot(snapshot, List.of(connection), null, definitions);
        } catch (SQLException | RuntimeException e) {
            Snapshot.closeQuietly(connection);
            throw e;
        }
    }

    /** UTC, so TIMESTAMP values come as the instants the target's UTC session reads; long writes for slow targets. */
    private static Connection startSnapshot(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET time_zone = '+00:00'");
            statement.execute("SET SESSION net_write_timeout = 3600");
            statement.execute("SET SESSION TRANSACTION ISOLATION LEVEL REPEATABLE READ");
            connection.setAutoCommit(false);
            statement.execute("START TRANSACTION WITH CONSISTENT SNAPSHOT, READ ONLY");
            return connection;
        } catch (SQLException e) {
            Snapshot.closeQuietly(connection);
            throw e;
        }
    }

    private static String single(Statement statement, String sql) throws SQLException {
        try (ResultSet rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getString(1) : null;
        }
    }

    private static String emptyToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
