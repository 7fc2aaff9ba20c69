package ai.dflux.service.agents;

import ai.dflux.contracts.agents.AgentApi;
import ai.dflux.contracts.agents.MigrationConnections;
import ai.dflux.contracts.agents.StoredCatalog;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The Discovery Agent's internal API: a migration's catalog and its connections. */
@RegisterRestClient(configKey = "dflux-discovery")
@RegisterProvider(AgentTokenFilter.class)
@Path("/internal/v1/migrations/{id}")
@Produces(MediaType.APPLICATION_JSON)
public interface DiscoveryApi {

    @GET
    @Path("/catalog")
    Uni<StoredCatalog> catalog(@PathParam("id") UUID migrationId, @QueryParam(AgentApi.TENANT_PARAMETER) String tenant);

    /** Also served for a deleted migration until {@link #forgetConnections} or discovery's retention ends it. */
    @GET
    @Path("/connections")
    Uni<MigrationConnections> connections(@PathParam("id") UUID migrationId,
            @QueryParam(AgentApi.TENANT_PARAMETER) String tenant);

    /** A deleted migration's source is clean: discovery may forget its connections. */
    @DELETE
    @Path("/connections")
    Uni<Void> forgetConnections(@PathParam("id") UUID migrationId,
            @QueryParam(AgentApi.TENANT_PARAMETER) String tenant);
}
