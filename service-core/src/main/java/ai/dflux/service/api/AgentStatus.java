package ai.dflux.service.api;

/** An agent's own status for a migration, and a sentence a person reads to know why. */
public record AgentStatus(String status, String detail) {
}
