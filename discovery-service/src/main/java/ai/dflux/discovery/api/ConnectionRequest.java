package ai.dflux.discovery.api;

/** Where a database is and how to log in. The password is stored sealed and never returned. */
public record ConnectionRequest(String dialect, String host, Integer port, String database, String username,
        String password) {
}
