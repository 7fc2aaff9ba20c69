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

/** A change of the source schema found while the migration ran, with its full list of changes as JSON. */
@Entity
@Table(name = "schema_drift")
public class SchemaDriftEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "migration_id", nullable = false, updatable = false)
    public UUID migrationId;

    @Column(name = "detected_at", nullable = false, updatable = false)
    public Instant detectedAt;

    @Column(name = "previous_fingerprint", nullable = false, updatable = false)
    public String previousFingerprint;

    @Column(nullable = false, updatable = false)
    public String fingerprint;

    @Column(nullable = false, updatable = false)
    public String changes;
}
