package ai.dflux.service.config;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses to start when the gateway's public key file is missing, instead of answering every request with 401 and a
 * log line nobody connects to the setting.
 */
@ApplicationScoped
public class JwtKeyCheck {

    private final String location;

    public JwtKeyCheck(@ConfigProperty(name = "mp.jwt.verify.publickey.location") String location) {
        this.location = location;
    }

    void onStart(@Observes StartupEvent event) {
        if (location.contains(":") && !location.startsWith("file:")) {
            return; // classpath: or a URL, checked by smallrye-jwt when it loads the key
        }
        Path file = Path.of(location.startsWith("file:") ? location.substring("file:".length()) : location);
        if (!Files.isReadable(file)) {
            throw new IllegalStateException("the gateway's JWT public key " + file.toAbsolutePath()
                    + " cannot be read: set MP_JWT_VERIFY_PUBLICKEY_LOCATION to the PEM file of its public key");
        }
    }
}
