package ai.dflux.executor.domain;

import ai.dflux.contracts.agents.ConvertedSchemaArtifacts;
import ai.dflux.contracts.agents.MigrationConnections;
import ai.dflux.contracts.events.FailureReason;
import ai.dflux.service.agents.AgentResponses;
import ai.dflux.service.agents.CompatibilityApi;
import ai.dflux.service.agents.DiscoveryApi;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Gathers what a replication needs from the agents that own it: the databases from discovery, the converted schema
 * from compatibility. Called from replication threads, so it blocks.
 */
@ApplicationScoped
public class ReplicationPlans {

    private static final Duration WAIT = Duration.ofMinutes(2);

    private final DiscoveryApi discovery;
    private final CompatibilityApi compatibility;

    public ReplicationPlans(@RestClient DiscoveryApi discovery, @RestClient CompatibilityApi compatibility) {
        this.discovery = discovery;
        this.compatibility = compatibility;
    }

    public ReplicationPlan load(UUID migrationId, String tenantId, int revision) {
        MigrationConnections connections = connections(migrationId, tenantId);
        ConvertedSchemaArtifacts schema;
        try {
            schema = compatibility.artifacts(migrationId, tenantId, revision).await().atMost(WAIT);
        } catch (RuntimeException e) {
            throw ReplicationProblem.retryable(FailureReason.CONVERSION_UNAVAILABLE, "compatibility-service could"
                    + " not serve revision " + revision + " of the converted schema: " + e.getMessage(), e);
        }
        return new ReplicationPlan(migrationId, tenantId, connections, schema);
    }

    /**
     * The databases to remove what dflux made on the source from; empty when discovery no longer knows the migration
     * (deleted longer ago than its retention) or it has no live source.
     */
    public Optional<MigrationConnections> connectionsForCleanup(UUID migrationId, String tenantId) {
        try {
            return Optional.of(connections(migrationId, tenantId));
        } catch (ReplicationProblem problem) {
            if (problem.isHopeless() || AgentResponses.notFound(problem)) {
                return Optional.empty();
            }
            throw problem;
        }
    }

    /** Tells discovery that the deleted migration's source is clean, so that it forgets the connections. */
    public void forgetConnections(UUID migrationId, String tenantId) {
        discovery.forgetConnections(migrationId, tenantId).await().atMost(WAIT);
    }

    /** The databases alone: enough to remove what dflux made on the source. */
    public MigrationConnections connections(UUID migrationId, String tenantId) {
        MigrationConnections connections;
        try {
            connections = discovery.connections(migrationId, tenantId).await().atMost(WAIT);
        } catch (RuntimeException e) {
            throw ReplicationProblem.retryable(FailureReason.CATALOG_UNAVAILABLE, "discovery-service could not"
                    + " serve the migration's connections: " + e.getMessage(), e);
        }
        if (connections.source() == null) {
            throw ReplicationProblem.hopeless(FailureReason.SOURCE_READ_FAILED, "migration " + migrationId
                    + " has no live source (an Oracle schema script): there are no rows to copy or changes to stream",
                    null);
        }
        return connections;
    }
}
