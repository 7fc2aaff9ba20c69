package ai.dflux.compatibility.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A conversion asked for and not yet done (or done, kept for the record). */
@Entity
@Table(name = "conversion_job")
public class ConversionJobEntity extends PanacheEntityBase {

    public static final String PENDING = "PENDING";
    public static final String DONE = "DONE";
    public static final String FAILED = "FAILED";

    @Id
    public UUID id;

    @Column(name = "migration_id", nullable = false)
    public UUID migrationId;

    @Column(name = "tenant_id", nullable = false)
    public String tenantId;

    /** What asked for it: {@code SchemaDiscovered}, {@code SchemaDriftDetected} or {@code TypeOverrides}. */
    @Column(nullable = false)
    public String cause;

    @Column(name = "cause_event_id")
    public UUID causeEventId;

    @Column(nullable = false)
    public String state;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "not_before", nullable = false)
    public Instant notBefore;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "finished_at")
    public Instant finishedAt;
}
