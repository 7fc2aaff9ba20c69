package ai.dflux.discovery.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class CredentialCipherTest {

    private static final String KEY_1 = Base64.getEncoder().encodeToString(new byte[32]);
    private static final String KEY_2 = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef"
            .getBytes(StandardCharsets.US_ASCII));

    @Test
    void sealsSoThatTheSecretIsNotReadableAndOpensItAgain() {
        CredentialCipher cipher = new CredentialCipher("k1", KEY_1, "");

        SealedSecret sealed = cipher.seal("s3cret-pässword");

        assertThat(sealed.keyId()).isEqualTo("k1");
        assertThat(new String(sealed.sealed(), StandardCharsets.ISO_8859_1)).doesNotContain("s3cret");
        assertThat(cipher.open(sealed)).isEqualTo("s3cret-pässword");
    }

    @Test
    void sealsTheSameSecretDifferentlyEachTime() {
        CredentialCipher cipher = new CredentialCipher("k1", KEY_1, "");

        assertThat(cipher.seal("x").sealed()).isNotEqualTo(cipher.seal("x").sealed());
    }

    @Test
    void opensSecretsOfAPreviousKeyAfterRotation() {
        SealedSecret old = new CredentialCipher("k1", KEY_1, "").seal("kept");
        CredentialCipher rotated = new CredentialCipher("k2", KEY_2, "k1:" + KEY_1);

        assertThat(rotated.open(old)).isEqualTo("kept");
        assertThat(rotated.seal("new").keyId()).isEqualTo("k2");
    }

    @Test
    void refusesAnAlteredSecret() {
        CredentialCipher cipher = new CredentialCipher("k1", KEY_1, "");
        SealedSecret sealed = cipher.seal("secret");
        sealed.sealed()[sealed.sealed().length - 1] ^= 1;

        assertThatThrownBy(() -> cipher.open(sealed)).hasMessageContaining("altered");
    }

    @Test
    void namesAMissingKeyId() {
        SealedSecret sealed = new CredentialCipher("k1", KEY_1, "").seal("secret");

        assertThatThrownBy(() -> new CredentialCipher("k2", KEY_2, "").open(sealed))
                .hasMessageContaining("'k1'").hasMessageContaining("previous-keys");
    }

    @Test
    void rejectsKeysThatAreNotAes256() {
        assertThatThrownBy(() -> new CredentialCipher("k1", "c2hvcnQ=", "")).hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> new CredentialCipher("k1", "%%%", "")).hasMessageContaining("base64");
        assertThatThrownBy(() -> new CredentialCipher("", KEY_1, "")).hasMessageContaining("key-id");
    }
}
