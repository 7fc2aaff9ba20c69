package ai.dflux.contracts.agents;

/**
 * A migration's databases, as the Discovery Agent (which stores the credentials sealed) hands them to other agents.
 *
 * @param source the live source, or null when the source entered as a schema script (Oracle)
 * @param target the target PostgreSQL
 */
public record MigrationConnections(DatabaseCredentials source, DatabaseCredentials target) {
}
