package ai.dflux.testkit;

import io.smallrye.jwt.build.Jwt;
import java.time.Duration;

/**
 * Signed JWTs as the gateway issues them, for calling a service in a test. The services verify them with
 * {@link #publicKeyLocation()} as {@code mp.jwt.verify.publickey.location} and {@value #ISSUER} as
 * {@code mp.jwt.verify.issuer} ({@link ControlPlaneTestResource} sets both).
 *
 * <pre>{@code
 * given().auth().oauth2(TestTokens.forTenant("acme")).get("/migrations")
 * }</pre>
 */
public final class TestTokens {

    public static final String ISSUER = "dflux-gateway";
    public static final String TENANT_CLAIM = "tenant";
    public static final String GROUP = "tenant-user";
    public static final String AGENT_GROUP = "dflux-agent";
    private static final Duration LIFETIME = Duration.ofHours(1);

    private TestTokens() {
    }

    /** An RS256 token for {@code user@<tenant>} with claim {@code tenant=<tenant>}, group {@value #GROUP}, valid 1 h. */
    public static String forTenant(String tenant) {
        return Jwt.issuer(ISSUER)
                .subject("user@" + tenant)
                .upn("user@" + tenant)
                .claim(TENANT_CLAIM, tenant)
                .groups(GROUP)
                .expiresIn(LIFETIME)
                .sign(SharedKeyPair.get().privateKey());
    }

    /** A service token for the agent {@code service}: group {@value #AGENT_GROUP}, no tenant claim, valid 1 h. */
    public static String forAgent(String service) {
        return Jwt.issuer(ISSUER)
                .subject(service)
                .groups(AGENT_GROUP)
                .expiresIn(LIFETIME)
                .sign(SharedKeyPair.get().privateKey());
    }

    /** Absolute path of the PEM public key that verifies these tokens (the same in every class loader of this JVM). */
    public static String publicKeyLocation() {
        return SharedKeyPair.get().publicKeyFile().toAbsolutePath().toString();
    }
}
