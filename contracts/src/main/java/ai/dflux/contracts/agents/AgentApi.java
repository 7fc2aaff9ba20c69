package ai.dflux.contracts.agents;

/**
 * The internal API agents use to read a migration's artefacts from the agent that owns them. It is never routed
 * through the gateway; callers present a token of the group {@value #ROLE} and name the migration's tenant, which the
 * owner checks as it checks a tenant's own requests.
 */
public final class AgentApi {

    /** The JWT group of service tokens. */
    public static final String ROLE = "dflux-agent";

    /** Query parameter naming the tenant a migration must belong to. */
    public static final String TENANT_PARAMETER = "tenant";

    private AgentApi() {
    }
}
