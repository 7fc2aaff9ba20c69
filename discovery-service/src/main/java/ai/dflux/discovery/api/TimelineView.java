package ai.dflux.discovery.api;

import ai.dflux.contracts.PhaseOfEvents;
import ai.dflux.discovery.persistence.TimelineEventEntity;
import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Every event of a migration in order, and the phase they add up to. */
public record TimelineView(UUID migrationId, String phase, List<Entry> events) {

    public record Entry(long seq, UUID eventId, String type, int schemaVersion, String producer, Instant occurredAt,
            UUID causationId, @JsonRawValue String payload) {
    }

    static TimelineView of(UUID migrationId, List<TimelineEventEntity> events) {
        String phase = PhaseOfEvents.of(events.stream().map(e -> e.eventType).toList()).name();
        return new TimelineView(migrationId, phase, events.stream()
                .map(e -> new Entry(e.seq, e.eventId, e.eventType, e.schemaVersion, e.producer, e.occurredAt,
                        e.causationId, e.payload))
                .toList());
    }
}
