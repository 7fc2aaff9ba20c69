package ai.dflux.contracts.agents;

/**
 * How to reach a database, password included. Travels only over the internal agent API and lives only in memory;
 * {@link #toString()} leaves the password out so it never reaches a log.
 */
public record DatabaseCredentials(String dialect, String host, int port, String database, String username,
        String password) {

    @Override
    public String toString() {
        return dialect + "://" + username + "@" + host + ":" + port + "/" + database;
    }
}
