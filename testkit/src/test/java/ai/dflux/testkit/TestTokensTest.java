package ai.dflux.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.junit.jupiter.api.Test;

class TestTokensTest {

    @Test
    void signsATenantTokenThatThePublishedKeyVerifies() throws Exception {
        String token = TestTokens.forTenant("acme");

        JwtClaims claims = new JwtConsumerBuilder()
                .setVerificationKey(publishedKey())
                .setExpectedIssuer("dflux-gateway")
                .setRequireExpirationTime()
                .build()
                .processToClaims(token);

        assertThat(claims.getSubject()).isEqualTo("user@acme");
        assertThat(claims.getStringClaimValue("tenant")).isEqualTo("acme");
        assertThat(claims.getStringListClaimValue("groups")).containsExactly("tenant-user");
        assertThat(claims.getExpirationTime().getValue())
                .isBetween(Instant.now().plusSeconds(3500).getEpochSecond(), Instant.now().plusSeconds(3700).getEpochSecond());
    }

    @Test
    void usesTheSameKeyForEveryToken() {
        assertThat(TestTokens.publicKeyLocation()).isEqualTo(TestTokens.publicKeyLocation());
        assertThat(Path.of(TestTokens.publicKeyLocation())).isAbsolute().isRegularFile();
    }

    private static PublicKey publishedKey() throws Exception {
        String pem = Files.readString(Path.of(TestTokens.publicKeyLocation()));
        String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }
}
