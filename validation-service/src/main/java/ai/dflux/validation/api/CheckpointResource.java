package ai.dflux.validation.api;

import ai.dflux.validation.domain.CheckpointStatus;
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
@Path("/api/v1/migrations/{id}/checkpoints")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class CheckpointResource {

    private final MigrationTracker tracker;
    private final CurrentTenant tenant;

    public CheckpointResource(MigrationTracker tracker, CurrentTenant tenant) {
        this.tracker = tracker;
        this.tenant = tenant;
    }

    @GET
    @Operation(summary = "What the Validation Agent knows of the migration's checkpoints")
    @APIResponse(responseCode = "404", description = "No such migration for this tenant")
    public Uni<AgentView> get(UUID id) {
        String tenantId = tenant.id();
        return Panache.withSession(() -> tracker.find(id, tenantId)).map(m -> AgentView.of(m, CheckpointStatus.of(m)));
    }
}
