package ai.dflux.discovery.domain;

import ai.dflux.contracts.Dialect;

/** How to reach a database, password included: lives only in memory, never in logs or events. */
public record DatabaseConnection(Dialect dialect, String host, int port, String database, String username,
        String password) {

    @Override
    public String toString() {
        return dialect.id() + "://" + username + "@" + host + ":" + port + "/" + database;
    }
}
