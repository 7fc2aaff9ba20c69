package ai.dflux.executor.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A migration the Executor moves, and where it stands (see {@code V2026_11_29_30__replications.sql}). */
@Entity
@Table(name = "replication")
public class ReplicationEntity extends PanacheEntityBase {

    @Id
    @Column(name = "migration_id")
    public UUID migrationId;

    @Column(name = "tenant_id", nullable = false)
    public String tenantId;

    @Column(nullable = false)
    public String state;

    @Column(name = "manual_start", nullable = false)
    public boolean manualStart;

    @Column(name = "converted_revision", nullable = false)
    public int convertedRevision;

    @Column(name = "applied_revision", nullable = false)
    public int appliedRevision;

    public String reason;

    @Column(name = "snapshot_position")
    public String snapshotPosition;

    @Column(name = "source_cleaned", nullable = false)
    public boolean sourceCleaned;

    /** The migration is deleted; the row stays until its source is cleaned. */
    @Column(nullable = false)
    public boolean deleted;

    @Column(name = "rows_copied", nullable = false)
    public long rowsCopied;

    @Column(name = "bytes_copied", nullable = false)
    public long bytesCopied;

    @Column(name = "copy_seconds")
    public Double copySeconds;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "failing_since")
    public Instant failingSince;

    @Column(name = "not_before", nullable = false)
    public Instant notBefore;

    @Column(name = "cause_event_id")
    public UUID causeEventId;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** The executor replica holding the replication's lease, if one does. */
    public String owner;

    @Column(name = "lease_until")
    public Instant leaseUntil;
}
