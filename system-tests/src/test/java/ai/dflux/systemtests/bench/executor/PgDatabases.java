package ai.dflux.systemtests.bench.executor;

import ai.dflux.testkit.PostgresServer;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** Fresh and dropped databases, and plain statements, on a {@link PostgresServer}. */
public final class PgDatabases {

    private PgDatabases() {
    }

    /** Drops {@code name} if it exists (ending its sessions) and creates it empty. */
    public static void fresh(PostgresServer server, String name) throws SQLException {
        drop(server, name);
        execute(server, "postgres", "CREATE DATABASE " + quoted(name));
    }

    /** Drops {@code name} if it exists, ending its sessions (a copy's workers, a subscriber's connection). */
    public static void drop(PostgresServer server, String name) throws SQLException {
        execute(server, "postgres", "DROP DATABASE IF EXISTS " + quoted(name) + " WITH (FORCE)");
    }

    public static void execute(PostgresServer server, String database, String... statements) throws SQLException {
        try (Connection connection = server.dataSource(database).getConnection();
                Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    static String quoted(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
