package ai.dflux.executor.domain.stream;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * One source connection kept open for the stream's repeated small reads: a read every second, or with every apply,
 * must not cost the source a new backend each time. It opens at the first use, in auto-commit; a connection whose use
 * failed is closed and replaced at the next.
 */
final class KeptConnection implements AutoCloseable {

    /** A read over the kept connection. */
    interface Use<T> {
        T on(Connection connection) throws SQLException;
    }

    private final DataSource source;
    private Connection connection;

    KeptConnection(DataSource source) {
        this.source = source;
    }

    synchronized <T> T use(Use<T> use) throws SQLException {
        if (connection == null || connection.isClosed()) {
            connection = source.getConnection();
            connection.setAutoCommit(true);
        }
        try {
            return use.on(connection);
        } catch (SQLException | RuntimeException e) {
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
