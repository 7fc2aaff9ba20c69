package ai.dflux.compatibility.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One revision of a migration's converted schema: its DDL parts, its report and the delta from the one before. */
@Entity
@Table(name = "conversion")
@IdClass(ConversionKey.class)
public class ConversionEntity extends PanacheEntityBase {

    @Id
    @Column(name = "migration_id")
    public UUID migrationId;

    @Id
    public int revision;

    @Column(name = "tenant_id", nullable = false)
    public String tenantId;

    @Column(name = "source_fingerprint", nullable = false)
    public String sourceFingerprint;

    @Column(name = "ddl_fingerprint", nullable = false)
    public String ddlFingerprint;

    @Column(name = "pre_data", nullable = false)
    public String preData;

    @Column(name = "post_data", nullable = false)
    public String postData;

    @Column(nullable = false)
    public String code;

    /** {@code ConversionReport} as JSON. */
    @Column(nullable = false)
    public String report;

    public String delta;

    @Column(name = "delta_from_revision", nullable = false)
    public int deltaFromRevision;

    @Column(name = "additive_only", nullable = false)
    public boolean additiveOnly;

    /** A JSON array of the changes the delta leaves to a person. */
    @Column(name = "non_additive", nullable = false)
    public String nonAdditive;

    /** The PostgreSQL server (version and address) the DDL was proven on. */
    @Column(name = "proven_on", nullable = false)
    public String provenOn;

    /** The catalog this revision was converted from, as JSON; null for revisions stored before it was kept. */
    @Column(name = "source_catalog")
    public String sourceCatalog;

    /** The type overrides in force for this revision, as a JSON array. */
    public String overrides;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
