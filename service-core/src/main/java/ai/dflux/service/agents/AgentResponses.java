package ai.dflux.service.agents;

import jakarta.ws.rs.WebApplicationException;

/** What an agent's REST client call failed with, for callers that must not depend on REST themselves. */
public final class AgentResponses {

    private AgentResponses() {
    }

    /** Whether the call failed because the other agent does not know the migration (404). */
    public static boolean notFound(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof WebApplicationException web && web.getResponse() != null
                    && web.getResponse().getStatus() == 404) {
                return true;
            }
        }
        return false;
    }
}
