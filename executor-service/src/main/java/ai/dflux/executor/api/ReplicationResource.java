package ai.dflux.executor.api;

import ai.dflux.executor.domain.ReplicationStatus;
import ai.dflux.service.api.AgentView;
import ai.dflux.service.tenant.CurrentTenant;
import ai.dflux.service.tracking.MigrationTracker;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** This agent's part of a migration, scoped to the caller's tenant. */
@Path("/api/v1/migrations/{id}/replication")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class ReplicationResource {

    private final MigrationTracker tracker;
    private final CurrentTenant tenant;

    public ReplicationResource(MigrationTracker tracker, CurrentTenant tenant) {
        this.tracker = tracker;
        this.tenant = tenant;
    }

    @GET
    @Operation(summary = "What the Executor Agent knows of the migration's copy and change streaming")
    @APIResponse(responseCode = "404", description = "No such migration for this tenant")
    public Uni<AgentView> get(UUID id) {
        String tenantId = tenant.id();
        return Panache.withSession(() -> tracker.find(id, tenantId)).map(m -> AgentView.of(m, ReplicationStatus.of(m)));
    }
}
