package ai.dflux.discovery.api;

import ai.dflux.discovery.domain.MigrationRegistry;
import ai.dflux.discovery.persistence.MigrationEntity;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** A migration as the API shows it. */
public record MigrationView(UUID id, String name, String phase, String failureReason, String failureMessage,
        ConnectionView source, ConnectionView target, Map<String, String> options, Instant createdAt,
        Instant updatedAt, Map<String, String> links) {

    static MigrationView of(MigrationEntity m) {
        String self = "/api/v1/migrations/" + m.id;
        return new MigrationView(m.id, m.name, m.phase, m.failureReason, m.failureMessage,
                new ConnectionView(m.sourceDialect, m.sourceHost, m.sourcePort, m.sourceDatabase, m.sourceUsername),
                new ConnectionView(m.targetDialect, m.targetHost, m.targetPort, m.targetDatabase, m.targetUsername),
                MigrationRegistry.readOptions(m), m.createdAt, m.updatedAt,
                Map.of("self", self, "timeline", self + "/timeline", "catalog", self + "/catalog"));
    }
}
