package ai.dflux.discovery.api;

import ai.dflux.contracts.agents.AgentApi;
import ai.dflux.contracts.agents.DatabaseCredentials;
import ai.dflux.contracts.agents.MigrationConnections;
import ai.dflux.discovery.domain.DatabaseConnection;
import ai.dflux.discovery.domain.MigrationRegistry;
import ai.dflux.discovery.persistence.CatalogEntity;
import ai.dflux.service.api.InvalidRequest;
import ai.dflux.service.api.MigrationNotFound;
import com.fasterxml.jackson.annotation.JsonRawValue;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * What other agents read of a migration from discovery, which owns its catalog and its sealed credentials. Only
 * service tokens get in, and the caller names the tenant it acts for: another tenant's migration is not found.
 */
@Path("/internal/v1/migrations/{id}")
@RolesAllowed(AgentApi.ROLE)
@Produces(MediaType.APPLICATION_JSON)
public class AgentMigrationResource {

    private final MigrationRegistry registry;

    public AgentMigrationResource(MigrationRegistry registry) {
        this.registry = registry;
    }

    @GET
    @Path("/catalog")
    @Operation(summary = "The stored source catalog (agents only)")
    public Uni<CatalogView> catalog(UUID id, @QueryParam(AgentApi.TENANT_PARAMETER) String tenant) {
        return registry.get(id, required(tenant))
                .chain(found -> Panache.withSession(() -> CatalogEntity.<CatalogEntity>findById(id)))
                .onItem().ifNull().failWith(() -> new MigrationNotFound("the catalog of migration " + id
                        + " has not been read yet"))
                .map(stored -> new CatalogView(stored.fingerprint, stored.catalog));
    }

    /**
     * A deleted migration's connections are served until {@link #forgetConnections} (or the retention) ends them: the
     * Executor needs the source to remove its replication slot and publication.
     */
    @GET
    @Path("/connections")
    @Operation(summary = "The migration's source and target with their passwords opened, also for a deleted migration"
            + " whose source the Executor has not cleaned yet (agents only)")
    public Uni<MigrationConnections> connections(UUID id, @QueryParam(AgentApi.TENANT_PARAMETER) String tenant) {
        String tenantId = required(tenant);
        return registry.connections(id, tenantId).map(found -> new MigrationConnections(
                found.sourceHost == null ? null : credentials(registry.sourceOf(found)),
                credentials(registry.targetOf(found))));
    }

    @DELETE
    @Path("/connections")
    @Operation(summary = "Forget a deleted migration's connections: the Executor has cleaned its source (agents only)")
    public Uni<Void> forgetConnections(UUID id, @QueryParam(AgentApi.TENANT_PARAMETER) String tenant) {
        return registry.forgetRetired(id, required(tenant));
    }

    /** The stored catalog JSON passed through as it is, beside its fingerprint (read as {@code StoredCatalog}). */
    public record CatalogView(String fingerprint, @JsonRawValue String catalog) {
    }

    private static String required(String tenant) {
        if (tenant == null || tenant.isBlank()) {
            throw InvalidRequest.field(AgentApi.TENANT_PARAMETER, "must name the tenant the agent acts for");
        }
        return tenant;
    }

    private static DatabaseCredentials credentials(DatabaseConnection connection) {
        return new DatabaseCredentials(connection.dialect().id(), connection.host(), connection.port(),
                connection.database(), connection.username(), connection.password());
    }
}
