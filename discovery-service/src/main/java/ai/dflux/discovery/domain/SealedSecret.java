package ai.dflux.discovery.domain;

/**
 * A secret sealed with AES-GCM.
 *
 * @param sealed the 12-byte nonce followed by the ciphertext and its tag
 */
public record SealedSecret(String keyId, byte[] sealed) {
}
