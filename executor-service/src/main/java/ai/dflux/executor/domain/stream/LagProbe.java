package ai.dflux.executor.domain.stream;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Asks the source how many bytes of its log the stream has not applied, over one connection kept for that: a reading
 * every second must not cost the source a new backend each time. A connection that failed is replaced at the next
 * reading.
 */
final class LagProbe implements AutoCloseable {

    private final DataSource source;
    private final SourcePositions positions;
    private Connection connection;

    LagProbe(DataSource source, SourcePositions positions) {
        this.source = source;
        this.positions = positions;
    }

    synchronized long lagBytes(Map<String, ?> offset) throws SQLException {
        if (connection == null || connection.isClosed()) {
            connection = source.getConnection();
            connection.setAutoCommit(true);
        }
        try {
            return positions.lagBytes(connection, offset);
        } catch (SQLException e) {
            close();
            throw e;
        }
    }

    @Override
    public synchronized void close() {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException ignored) {
            // a broken connection is gone either way
        }
        connection = null;
    }
}
