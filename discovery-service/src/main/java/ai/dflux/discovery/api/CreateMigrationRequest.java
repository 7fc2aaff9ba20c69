package ai.dflux.discovery.api;

import java.util.Map;

/** Body of {@code POST /api/v1/migrations}. */
public record CreateMigrationRequest(String name, ConnectionRequest source, ConnectionRequest target,
        Map<String, String> options) {
}
