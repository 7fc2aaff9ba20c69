package ai.dflux.service.tracking;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** What an agent knows about one migration from the events it consumed. */
@Entity
@Table(name = "tracked_migration")
public class TrackedMigration extends PanacheEntityBase {

    @Id
    @Column(name = "migration_id")
    public UUID migrationId;

    @Column(name = "tenant_id", nullable = false)
    public String tenantId;

    public String name;

    @Column(name = "source_dialect")
    public String sourceDialect;

    @Column(nullable = false)
    public String phase;

    @Column(name = "failure_reason")
    public String failureReason;

    @Column(name = "last_event_type", nullable = false)
    public String lastEventType;

    @Column(name = "last_event_at", nullable = false)
    public Instant lastEventAt;

    @Column(name = "events_seen", nullable = false)
    public long eventsSeen;

    @Column(name = "tables_discovered")
    public Integer tablesDiscovered;

    @Column(name = "catalog_ref")
    public String catalogRef;
}
