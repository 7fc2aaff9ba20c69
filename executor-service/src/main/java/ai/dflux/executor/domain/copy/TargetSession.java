package ai.dflux.executor.domain.copy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Logger;
import javax.sql.DataSource;

/** A target connection set up for loading chunks: one transaction per chunk, in the text forms the readers send. */
final class TargetSession {

    private static final Logger LOG = Logger.getLogger(TargetSession.class.getName());

    private TargetSession() {
    }

    static Connection open(DataSource target) throws SQLException {
        Connection connection = target.getConnection();
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET TimeZone = 'UTC'");
            statement.execute("SET DateStyle = 'ISO, YMD'");
            statement.execute("SET IntervalStyle = 'postgres'");
            // A chunk and its bookkeeping row commit together, so losing the last commits in a crash loses both.
            statement.execute("SET synchronous_commit = off");
            try {
                // Triggers and foreign keys of the loaded tables must not fire for copied rows.
                statement.execute("SET session_replication_role = replica");
            } catch (SQLException notPermitted) {
                LOG.fine(() -> "session_replication_role stays origin: " + notPermitted.getMessage());
            }
            connection.setAutoCommit(false);
            return connection;
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }
}
