package ai.dflux.service.agents;

import ai.dflux.contracts.agents.AgentApi;
import ai.dflux.contracts.agents.ConvertedSchemaArtifacts;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The Compatibility Agent's internal API: one revision of a migration's converted schema. */
@RegisterRestClient(configKey = "dflux-compatibility")
@RegisterProvider(AgentTokenFilter.class)
@Path("/internal/v1/migrations/{id}/conversion")
@Produces(MediaType.APPLICATION_JSON)
public interface CompatibilityApi {

    @GET
    Uni<ConvertedSchemaArtifacts> artifacts(@PathParam("id") UUID migrationId,
            @QueryParam(AgentApi.TENANT_PARAMETER) String tenant, @QueryParam("revision") int revision);
}
