package ai.dflux.executor.domain.copy;

import ai.dflux.executor.domain.position.SnapshotPosition;
import ai.dflux.executor.domain.position.TableDefinition;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * An open consistent snapshot: its reader connections (each in a read-only transaction on the same snapshot) and
 * the position streaming starts from. Closing it ends the readers' transactions and releases what kept the snapshot
 * alive; the position (slot) stays.
 */
public final class Snapshot implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Snapshot.class.getName());

    private final SnapshotPosition position;
    private final List<Connection> readers;
    private final AutoCloseable keeper;
    private final List<TableDefinition> definitions;

    Snapshot(SnapshotPosition position, List<Connection> readers, AutoCloseable keeper) {
        this(position, readers, keeper, List.of());
    }

    /** @param definitions the source's table structures at the position, where the stream needs them from the copy */
    Snapshot(SnapshotPosition position, List<Connection> readers, AutoCloseable keeper,
            List<TableDefinition> definitions) {
        this.position = position;
        this.readers = List.copyOf(readers);
        this.keeper = keeper;
        this.definitions = List.copyOf(definitions);
    }

    public SnapshotPosition position() {
        return position;
    }

    public List<Connection> readers() {
        return readers;
    }

    /** The source's table structures at {@link #position()}; empty where the stream reads them itself (PostgreSQL). */
    public List<TableDefinition> definitions() {
        return definitions;
    }

    @Override
    public void close() {
        for (Connection reader : readers) {
            closeQuietly(reader);
        }
        if (keeper != null) {
            try {
                keeper.close();
            } catch (Exception e) {
                LOG.log(Level.FINE, "closing the snapshot keeper failed", e);
            }
        }
    }

    static void closeQuietly(Connection connection) {
        try {
            if (!connection.isClosed()) {
                if (!connection.getAutoCommit()) {
                    connection.rollback();
                }
                connection.close();
            }
        } catch (SQLException e) {
            LOG.log(Level.FINE, "closing a snapshot connection failed", e);
        }
    }
}
