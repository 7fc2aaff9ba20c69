package ai.dflux.service.tenant;

import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The tenant of the request, from the {@code tenant} claim of the caller's JWT; every read and write is scoped by it. */
@RequestScoped
public class CurrentTenant {

    public static final String CLAIM = "tenant";

    private final JsonWebToken token;

    public CurrentTenant(JsonWebToken token) {
        this.token = token;
    }

    public String id() {
        Object claim = token.getClaim(CLAIM);
        String tenant = claim == null ? null : claim.toString().replace("\"", "").trim();
        if (tenant == null || tenant.isEmpty()) {
            throw new MissingTenant();
        }
        return tenant;
    }
}
