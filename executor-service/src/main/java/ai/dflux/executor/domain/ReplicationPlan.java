package ai.dflux.executor.domain;

import ai.dflux.contracts.agents.ConvertedSchemaArtifacts;
import ai.dflux.contracts.agents.DatabaseCredentials;
import ai.dflux.contracts.agents.MigrationConnections;
import java.util.UUID;

/** What one replication needs: the migration's databases and the schema revision it applies. */
public record ReplicationPlan(UUID migrationId, String tenantId, MigrationConnections connections,
        ConvertedSchemaArtifacts schema) {

    public DatabaseCredentials source() {
        return connections.source();
    }

    public DatabaseCredentials target() {
        return connections.target();
    }

    public int revision() {
        return schema.revision();
    }
}
