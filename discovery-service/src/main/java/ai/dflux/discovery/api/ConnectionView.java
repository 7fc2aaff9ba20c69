package ai.dflux.discovery.api;

/** A database connection as the API shows it: never with its password. */
public record ConnectionView(String dialect, String host, int port, String database, String username) {
}
