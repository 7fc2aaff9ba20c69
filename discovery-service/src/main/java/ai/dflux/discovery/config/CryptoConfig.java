package ai.dflux.discovery.config;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/** The AES-GCM keys that seal connection passwords at rest. */
@ConfigMapping(prefix = "dflux.crypto")
public interface CryptoConfig {

    /** Id of the key that seals new secrets; stored beside each secret so keys can rotate. */
    String keyId();

    /** The key itself, base64 of 32 random bytes. */
    String key();

    /** Older keys still needed to open existing secrets, as {@code id:base64,id:base64}. */
    Optional<String> previousKeys();
}
