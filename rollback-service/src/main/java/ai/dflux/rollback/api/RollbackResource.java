package ai.dflux.rollback.api;

import ai.dflux.rollback.domain.RollbackStatus;
import ai.dflux.service.api.AgentPartResource;
import ai.dflux.service.api.AgentStatus;
import ai.dflux.service.tenant.CurrentTenant;
import ai.dflux.service.tracking.MigrationTracker;
import ai.dflux.service.tracking.TrackedMigration;
import jakarta.ws.rs.Path;

/** This agent's part of a migration, scoped to the caller's tenant. */
@Path("/api/v1/migrations/{id}/rollback")
public class RollbackResource extends AgentPartResource {

    public RollbackResource(MigrationTracker tracker, CurrentTenant tenant) {
        super(tracker, tenant);
    }

    @Override
    protected AgentStatus statusOf(TrackedMigration migration) {
        return RollbackStatus.of(migration);
    }
}
