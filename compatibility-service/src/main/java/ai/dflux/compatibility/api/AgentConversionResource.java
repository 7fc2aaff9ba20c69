package ai.dflux.compatibility.api;

import ai.dflux.compatibility.domain.ConversionStore;
import ai.dflux.compatibility.persistence.ConversionEntity;
import ai.dflux.contracts.agents.AgentApi;
import ai.dflux.contracts.agents.ConvertedSchemaArtifacts;
import ai.dflux.service.api.InvalidRequest;
import ai.dflux.service.api.MigrationNotFound;
import ai.dflux.service.tracking.MigrationTracker;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * What the Executor reads of a migration's conversion: the DDL around the copy and the table plans of one revision.
 * Only service tokens get in, for the tenant they name; another tenant's migration is not found.
 */
@Path("/internal/v1/migrations/{id}/conversion")
@RolesAllowed(AgentApi.ROLE)
@Produces(MediaType.APPLICATION_JSON)
public class AgentConversionResource {

    private final MigrationTracker tracker;

    public AgentConversionResource(MigrationTracker tracker) {
        this.tracker = tracker;
    }

    @GET
    @Operation(summary = "One revision's pre-data and post-data DDL, delta and table plans (agents only)")
    public Uni<ConvertedSchemaArtifacts> artifacts(@PathParam("id") UUID id,
            @QueryParam(AgentApi.TENANT_PARAMETER) String tenant, @QueryParam("revision") Integer revision) {
        if (tenant == null || tenant.isBlank()) {
            throw InvalidRequest.field(AgentApi.TENANT_PARAMETER, "must name the tenant the agent acts for");
        }
        if (revision == null) {
            throw InvalidRequest.field("revision", "must name the revision the agent applies");
        }
        return Panache.withSession(() -> tracker.find(id, tenant)
                        .chain(found -> ConversionEntity.<ConversionEntity>find("migrationId = ?1 and revision = ?2",
                                id, revision).<ConversionEntity>firstResult()))
                .onItem().ifNull().failWith(() -> new MigrationNotFound("migration " + id + " has no revision "
                        + revision))
                .map(row -> new ConvertedSchemaArtifacts(row.revision, row.ddlFingerprint, row.preData, row.postData,
                        ConversionStore.readReport(row.report).tables(), row.deltaFromRevision, row.delta,
                        row.additiveOnly));
    }
}
