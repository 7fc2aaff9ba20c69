package ai.dflux.discovery.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A registered migration. Passwords are stored sealed (AES-GCM) with the id of the key that sealed them. A source that
 * enters as a schema script (Oracle) has no host, user or secret.
 */
@Entity
@Table(name = "migration")
public class MigrationEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String phase;

    @Column(name = "failure_reason")
    public String failureReason;

    @Column(name = "failure_message")
    public String failureMessage;

    @Column(name = "source_dialect", nullable = false)
    public String sourceDialect;

    @Column(name = "source_host")
    public String sourceHost;

    @Column(name = "source_port", nullable = false)
    public int sourcePort;

    @Column(name = "source_database", nullable = false)
    public String sourceDatabase;

    @Column(name = "source_username")
    public String sourceUsername;

    @Column(name = "source_secret")
    public byte[] sourceSecret;

    @Column(name = "source_key_id")
    public String sourceKeyId;

    @Column(name = "target_dialect", nullable = false)
    public String targetDialect;

    @Column(name = "target_host", nullable = false)
    public String targetHost;

    @Column(name = "target_port", nullable = false)
    public int targetPort;

    @Column(name = "target_database", nullable = false)
    public String targetDatabase;

    @Column(name = "target_username", nullable = false)
    public String targetUsername;

    @Column(name = "target_secret", nullable = false)
    public byte[] targetSecret;

    @Column(name = "target_key_id", nullable = false)
    public String targetKeyId;

    /** The migration's options as a JSON object of strings. */
    @Column(nullable = false)
    public String options;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
