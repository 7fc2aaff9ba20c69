package ai.dflux.service.agents;

import ai.dflux.service.config.ServiceConfig;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;

/** Puts this service's agent token on every call to another agent's internal API. */
public class AgentTokenFilter implements ClientRequestFilter {

    private final ServiceConfig service;

    public AgentTokenFilter(ServiceConfig service) {
        this.service = service;
    }

    @Override
    public void filter(ClientRequestContext request) {
        String token = service.agentToken().filter(t -> !t.isBlank()).orElseThrow(() -> new IllegalStateException(
                "dflux.service.agent-token (DFLUX_SERVICE_AGENT_TOKEN) is not set: " + service.name()
                        + " needs a service token of group dflux-agent to read " + request.getUri().getPath()));
        request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, "Bearer " + token);
    }
}
