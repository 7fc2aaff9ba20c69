package ai.dflux.discovery.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * The connections of a deleted migration, kept until the Executor has removed what it made on the source, or until
 * the retention ends: without them a replication slot left on a PostgreSQL source could not be dropped, and it would
 * keep WAL until the source's disk fills.
 */
@Entity
@Table(name = "retired_connection")
public class RetiredConnectionEntity extends SealedConnections {

    @Id
    @Column(name = "migration_id")
    public UUID migrationId;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    @Column(name = "retired_at", nullable = false, updatable = false)
    public Instant retiredAt;

    public static RetiredConnectionEntity of(MigrationEntity migration, Instant now) {
        RetiredConnectionEntity retired = new RetiredConnectionEntity();
        retired.migrationId = migration.id;
        retired.tenantId = migration.tenantId;
        retired.retiredAt = now;
        retired.copyConnectionsOf(migration);
        return retired;
    }
}
