package ai.dflux.service.outbox;

import ai.dflux.contracts.events.EventCodec;
import ai.dflux.contracts.events.EventEnvelope;
import ai.dflux.contracts.events.Payload;
import ai.dflux.service.config.ServiceConfig;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;

/**
 * Adds events to the outbox. Call it inside the transaction that changes the state the event announces: both commit
 * or neither does, and the relay publishes what committed.
 */
@ApplicationScoped
public class Outbox {

    private final ServiceConfig service;

    public Outbox(ServiceConfig service) {
        this.service = service;
    }

    /** Stamps a new envelope for {@code payload} as this service and appends it. */
    public Uni<EventEnvelope> publish(Payload payload, UUID migrationId, String tenantId, UUID causationId) {
        EventEnvelope envelope = EventEnvelope.of(payload, migrationId, tenantId, service.name(), causationId);
        OutboxMessage message = new OutboxMessage();
        message.eventId = envelope.eventId();
        message.migrationId = migrationId;
        message.eventType = envelope.type();
        message.envelope = EventCodec.encode(envelope);
        message.createdAt = Instant.now();
        return message.persist().replaceWith(envelope);
    }
}
