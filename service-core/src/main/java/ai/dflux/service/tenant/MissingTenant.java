package ai.dflux.service.tenant;

/** The caller's token carries no {@code tenant} claim, so nothing can be scoped to it. */
public class MissingTenant extends RuntimeException {

    public MissingTenant() {
        super("the token has no tenant claim");
    }
}
