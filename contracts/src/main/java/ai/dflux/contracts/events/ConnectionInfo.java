package ai.dflux.contracts.events;

/** Where a database is, without its password: events never carry a credential. */
public record ConnectionInfo(String dialect, String host, int port, String database, String username) {
}
