package ai.dflux.compatibility.domain;

import java.util.UUID;

/** Discovery could not serve a migration's catalog or connections (down, restarting, or not read yet). */
public class CatalogUnavailable extends RuntimeException {

    public CatalogUnavailable(UUID migrationId, Throwable cause) {
        super("discovery cannot serve the catalog of migration " + migrationId + " yet: " + cause.getMessage(), cause);
    }
}
