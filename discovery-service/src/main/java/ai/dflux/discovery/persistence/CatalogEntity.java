package ai.dflux.discovery.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The catalog discovery read for a migration, as JSON. */
@Entity
@Table(name = "catalog")
public class CatalogEntity extends PanacheEntityBase {

    @Id
    @Column(name = "migration_id")
    public UUID migrationId;

    @Column(nullable = false)
    public String catalog;

    @Column(nullable = false)
    public String fingerprint;

    /** The findings on the catalog, as a JSON array. */
    @Column(nullable = false)
    public String findings;

    @Column(name = "read_at", nullable = false)
    public Instant readAt;
}
