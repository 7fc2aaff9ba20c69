package ai.dflux.discovery.config;

import ai.dflux.discovery.domain.CredentialCipher;
import ai.dflux.discovery.domain.SourceCatalogs;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Builds the plain domain objects from typed configuration. */
public class DiscoveryBeans {

    @Produces
    @Singleton
    CredentialCipher credentialCipher(CryptoConfig crypto) {
        return new CredentialCipher(crypto.keyId(), crypto.key(), crypto.previousKeys().orElse(""));
    }

    @Produces
    @Singleton
    SourceCatalogs sourceCatalogs(DiscoveryConfig discovery) {
        return new SourceCatalogs(discovery.connectTimeout());
    }
}
