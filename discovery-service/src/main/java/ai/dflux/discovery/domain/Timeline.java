package ai.dflux.discovery.domain;

import ai.dflux.contracts.events.EventCodec;
import ai.dflux.contracts.events.EventEnvelope;
import ai.dflux.discovery.persistence.MigrationEntity;
import ai.dflux.discovery.persistence.TimelineEventEntity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** The ordered history of every service's events for each migration. */
@ApplicationScoped
public class Timeline {

    /**
     * Appends an event to its migration's timeline, once. Events of a migration that does not exist (any more) are
     * not kept. Call inside a transaction.
     */
    public Uni<Void> record(EventEnvelope event) {
        return MigrationEntity.<MigrationEntity>findById(event.migrationId())
                .chain(migration -> migration == null || !migration.tenantId.equals(event.tenantId())
                        ? Uni.createFrom().voidItem()
                        : TimelineEventEntity.count("eventId", event.eventId())
                                .chain(n -> n > 0 ? Uni.createFrom().voidItem() : append(event)));
    }

    /** The migration's events in order. Call inside a session. */
    public Uni<List<TimelineEventEntity>> of(UUID migrationId) {
        return TimelineEventEntity.list("migrationId = ?1 order by seq", migrationId);
    }

    private static Uni<Void> append(EventEnvelope event) {
        TimelineEventEntity entry = new TimelineEventEntity();
        entry.eventId = event.eventId();
        entry.migrationId = event.migrationId();
        entry.tenantId = event.tenantId();
        entry.eventType = event.type();
        entry.schemaVersion = event.schemaVersion();
        entry.producer = event.producer();
        entry.occurredAt = event.occurredAt();
        entry.causationId = event.causationId();
        entry.payload = EventCodec.encodePayload(event.payload());
        return entry.persist().replaceWithVoid();
    }
}
