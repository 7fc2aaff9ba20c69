package ai.dflux.discovery.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One event of a migration's timeline; {@code seq} is the order the topic delivered it in. */
@Entity
@Table(name = "timeline_event")
public class TimelineEventEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long seq;

    @Column(name = "event_id", nullable = false, updatable = false)
    public UUID eventId;

    @Column(name = "migration_id", nullable = false, updatable = false)
    public UUID migrationId;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    @Column(name = "event_type", nullable = false, updatable = false)
    public String eventType;

    @Column(name = "schema_version", nullable = false, updatable = false)
    public int schemaVersion;

    @Column(nullable = false, updatable = false)
    public String producer;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    public Instant occurredAt;

    @Column(name = "causation_id", updatable = false)
    public UUID causationId;

    @Column(nullable = false, updatable = false)
    public String payload;
}
