package ai.dflux.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

/**
 * One RSA 2048 key pair per JVM, kept as PEM files in a temp folder named by a system property. Files rather than a
 * static field, because Quarkus tests load testkit in more than one class loader and all of them must sign with the
 * key the services verify with.
 */
final class SharedKeyPair {

    private static final String FOLDER_PROPERTY = "dflux.testkit.tokens.folder";
    /** A string literal is one object in the whole JVM, so it locks across class loaders. */
    private static final String LOCK = "ai.dflux.testkit.SharedKeyPair";
    private static final String PRIVATE_KEY = "private-key.pem";
    private static final String PUBLIC_KEY = "public-key.pem";

    private final Path folder;

    private SharedKeyPair(Path folder) {
        this.folder = folder;
    }

    static SharedKeyPair get() {
        synchronized (LOCK) {
            String existing = System.getProperty(FOLDER_PROPERTY);
            if (existing != null) {
                return new SharedKeyPair(Path.of(existing));
            }
            Path folder = TempFolders.create("dflux-tokens-");
            ShutdownHook.register("dflux-tokens", () -> TempFolders.delete(folder));
            write(generate(), folder);
            System.setProperty(FOLDER_PROPERTY, folder.toString());
            return new SharedKeyPair(folder);
        }
    }

    /** The public key as an X.509 PEM file. */
    Path publicKeyFile() {
        return folder.resolve(PUBLIC_KEY);
    }

    PrivateKey privateKey() {
        try {
            String pem = Files.readString(folder.resolve(PRIVATE_KEY), StandardCharsets.US_ASCII);
            String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Unreadable test private key in " + folder, e);
        }
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void write(KeyPair keys, Path folder) {
        try {
            Files.writeString(folder.resolve(PRIVATE_KEY), pem("PRIVATE KEY", keys.getPrivate().getEncoded()));
            Files.writeString(folder.resolve(PUBLIC_KEY), pem("PUBLIC KEY", keys.getPublic().getEncoded()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the test key pair to " + folder, e);
        }
    }

    private static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }
}
