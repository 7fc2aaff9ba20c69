package ai.dflux.systemtests.replication;

import ai.dflux.testkit.MariaDbServer;
import ai.dflux.testkit.PostgresServer;
import java.util.Map;

/** Bodies of {@code POST /api/v1/migrations} with a live source and a target on a server of its own. */
public final class ReplicationRequests {

    /** The option that keeps a converted migration waiting for {@code POST .../replication/start}. */
    public static final Map<String, String> MANUAL_START = Map.of("manualStart", "true");

    private ReplicationRequests() {
    }

    public static Map<String, Object> fromPostgres(String name, PostgresServer source, String database,
            PostgresServer target, String targetDatabase, Map<String, String> options) {
        return Map.of("name", name,
                "source", Map.of("dialect", "postgresql", "host", "127.0.0.1", "port", source.port(), "database",
                        database, "username", source.superuser(), "password", passwordOf(source)),
                "target", target(target, targetDatabase), "options", options);
    }

    public static Map<String, Object> fromMariaDb(String name, MariaDbServer source, String database,
            PostgresServer target, String targetDatabase) {
        return Map.of("name", name,
                "source", Map.of("dialect", "mariadb", "host", "127.0.0.1", "port", source.port(), "database",
                        database, "username", source.user(), "password", source.password()),
                "target", target(target, targetDatabase), "options", Map.of());
    }

    private static Map<String, Object> target(PostgresServer target, String database) {
        return Map.of("dialect", "postgresql", "host", "127.0.0.1", "port", target.port(), "database", database,
                "username", target.superuser(), "password", passwordOf(target));
    }

    /** The registry wants a password; a server that trusts local connections ignores whatever is given. */
    private static String passwordOf(PostgresServer server) {
        return server.password().isEmpty() ? "trusted" : server.password();
    }
}
