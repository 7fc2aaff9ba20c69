package ai.dflux.contracts.events;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The one envelope every dflux event travels in. Kafka records are keyed by {@code migrationId}, so the events of one
 * migration stay in order; consumers deduplicate by {@code eventId}.
 *
 * @param causationId the event that caused this one, or null when a request did
 */
public record EventEnvelope(UUID eventId, String type, int schemaVersion, UUID migrationId, String tenantId,
        Instant occurredAt, String producer, UUID causationId, Payload payload) {

    public EventEnvelope {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(migrationId, "migrationId");
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(producer, "producer");
        Objects.requireNonNull(payload, "payload");
    }

    /** A new event with a fresh id, stamped now, whose type and version come from the payload. */
    public static EventEnvelope of(Payload payload, UUID migrationId, String tenantId, String producer,
            UUID causationId) {
        return new EventEnvelope(UUID.randomUUID(), EventTypes.typeOf(payload), EventTypes.versionOf(payload), migrationId, tenantId,
                Instant.now(), producer, causationId, payload);
    }

    public <P extends Payload> P payloadAs(Class<P> type) {
        return type.cast(payload);
    }
}
