package ai.dflux.executor.domain.copy;

import java.sql.Connection;
import java.sql.SQLException;

/** Runs work on a target connection in a transaction of its own: committed whole, or rolled back whole. */
final class Transactions {

    /** Work that reads or writes through the connection it is given to. */
    interface Work<T> {
        T run() throws SQLException;
    }

    private Transactions() {
    }

    /**
     * Commits what the connection held open before (nothing, between two chunks), runs the work and commits it, or
     * rolls it back and rethrows; the connection's auto-commit mode is as before afterwards.
     */
    static <T> T run(Connection connection, Work<T> work) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        if (!autoCommit) {
            connection.commit();
        }
        connection.setAutoCommit(false);
        try {
            T result = work.run();
            connection.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }
}
