package ai.dflux.executor.domain;

import ai.dflux.contracts.agents.DatabaseCredentials;
import ai.dflux.testkit.PostgresServer;

/** What a migration is given to reach a database of a test server: its superuser, over TCP. */
public final class ServerCredentials {

    private ServerCredentials() {
    }

    public static DatabaseCredentials of(PostgresServer server, String database) {
        return new DatabaseCredentials("postgresql", server.host(), server.port(), database, server.superuser(),
                server.password());
    }
}
