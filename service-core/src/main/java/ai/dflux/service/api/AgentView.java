package ai.dflux.service.api;

import ai.dflux.service.tracking.TrackedMigration;
import java.time.Instant;
import java.util.UUID;

/**
 * What one agent shows of a migration under {@code /api/v1/migrations/{id}/<part>}: what it learned from the events it
 * consumed, and its own status with a sentence explaining it.
 */
public record AgentView(UUID migrationId, String name, String phase, String status, String detail,
        Integer tablesDiscovered, String catalogRef, String failureReason, long eventsSeen, String lastEventType,
        Instant lastEventAt) {

    public static AgentView of(TrackedMigration m, AgentStatus status) {
        return new AgentView(m.migrationId, m.name, m.phase, status.status(), status.detail(), m.tablesDiscovered, m.catalogRef,
                m.failureReason, m.eventsSeen, m.lastEventType, m.lastEventAt);
    }
}
