package ai.dflux.discovery.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals and opens connection passwords with AES-256-GCM. New secrets use the active key; older keys stay available by
 * id to open what they sealed, so keys rotate without re-encrypting at once.
 */
public final class CredentialCipher {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final String activeKeyId;
    private final Map<String, SecretKey> keys = new HashMap<>();
    private final SecureRandom random = new SecureRandom();

    /**
     * @param previousKeys older keys as {@code id:base64} pairs separated by commas, or empty
     */
    public CredentialCipher(String activeKeyId, String activeKeyBase64, String previousKeys) {
        this.activeKeyId = require(activeKeyId, "dflux.crypto.key-id");
        keys.put(activeKeyId, key(activeKeyId, activeKeyBase64));
        for (String pair : previousKeys == null ? new String[0] : previousKeys.split(",")) {
            if (pair.isBlank()) {
                continue;
            }
            String[] idAndKey = pair.trim().split(":", 2);
            if (idAndKey.length != 2) {
                throw new IllegalArgumentException("dflux.crypto.previous-keys: expected id:base64, got an entry"
                        + " without ':'");
            }
            keys.put(idAndKey[0], key(idAndKey[0], idAndKey[1]));
        }
    }

    public SealedSecret seal(String secret) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(activeKeyId), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(activeKeyId.getBytes(StandardCharsets.UTF_8));
            byte[] ciphertext = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = new byte[NONCE_BYTES + ciphertext.length];
            System.arraycopy(nonce, 0, sealed, 0, NONCE_BYTES);
            System.arraycopy(ciphertext, 0, sealed, NONCE_BYTES, ciphertext.length);
            return new SealedSecret(activeKeyId, sealed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot seal secret: " + e.getMessage(), e);
        }
    }

    public String open(SealedSecret secret) {
        SecretKey key = keys.get(secret.keyId());
        if (key == null) {
            throw new IllegalStateException("secret was sealed with key '" + secret.keyId()
                    + "', which is not configured (dflux.crypto.previous-keys)");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, secret.sealed(), 0, NONCE_BYTES));
            cipher.updateAAD(secret.keyId().getBytes(StandardCharsets.UTF_8));
            byte[] plain = cipher.doFinal(secret.sealed(), NONCE_BYTES, secret.sealed().length - NONCE_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot open secret sealed with key '" + secret.keyId()
                    + "': it was altered or the key is wrong", e);
        }
    }

    private static SecretKey key(String id, String base64) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(require(base64, "key " + id).trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("crypto key '" + id + "' is not valid base64");
        }
        if (bytes.length != 32) {
            throw new IllegalArgumentException("crypto key '" + id + "' must be 32 bytes (AES-256), got "
                    + bytes.length);
        }
        return new SecretKeySpec(bytes, "AES");
    }

    private static String require(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is not set");
        }
        return value;
    }
}
