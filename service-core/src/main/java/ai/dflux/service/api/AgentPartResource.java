package ai.dflux.service.api;

import ai.dflux.service.tenant.CurrentTenant;
import ai.dflux.service.tracking.MigrationTracker;
import ai.dflux.service.tracking.TrackedMigration;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestPath;

/**
 * An agent's part of a migration, {@code GET /api/v1/migrations/{id}/<part>}, scoped to the caller's tenant. A
 * subclass names the path and says what its agent's status is.
 */
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public abstract class AgentPartResource {

    private final MigrationTracker tracker;
    private final CurrentTenant tenant;

    protected AgentPartResource(MigrationTracker tracker, CurrentTenant tenant) {
        this.tracker = tracker;
        this.tenant = tenant;
    }

    /** This agent's own status for the migration, from what it has learned of it. */
    protected abstract AgentStatus statusOf(TrackedMigration migration);

    @GET
    @Operation(summary = "What this agent knows of the migration, and its own status")
    @APIResponse(responseCode = "404", description = "No such migration for this tenant")
    public Uni<AgentView> get(@RestPath UUID id) {
        String tenantId = tenant.id();
        return Panache.withSession(() -> tracker.find(id, tenantId)).map(m -> AgentView.of(m, statusOf(m)));
    }
}
