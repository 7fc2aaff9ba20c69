package ai.dflux.compatibility.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A tenant's choice of target type for one source column, with what the loss check said of it. */
@Entity
@Table(name = "type_override")
@IdClass(TypeOverrideKey.class)
public class TypeOverrideEntity extends PanacheEntityBase {

    @Id
    @Column(name = "migration_id")
    public UUID migrationId;

    @Id
    @Column(name = "source_schema")
    public String sourceSchema;

    @Id
    @Column(name = "source_table")
    public String sourceTable;

    @Id
    @Column(name = "source_column")
    public String sourceColumn;

    @Column(name = "target_type", nullable = false)
    public String targetType;

    @Column(nullable = false)
    public String fidelity;

    /** A JSON array of the loss check's notes. */
    @Column(nullable = false)
    public String notes;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
