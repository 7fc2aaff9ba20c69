package ai.dflux.discovery.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/**
 * A migration's source and target as stored: passwords sealed (AES-GCM) with the id of the key that sealed them. A
 * source that enters as a schema script (Oracle) has no host, user or secret.
 */
@MappedSuperclass
public abstract class SealedConnections extends PanacheEntityBase {

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

    /** Takes the other's source and target, secrets still sealed. */
    public void copyConnectionsOf(SealedConnections other) {
        sourceDialect = other.sourceDialect;
        sourceHost = other.sourceHost;
        sourcePort = other.sourcePort;
        sourceDatabase = other.sourceDatabase;
        sourceUsername = other.sourceUsername;
        sourceSecret = other.sourceSecret;
        sourceKeyId = other.sourceKeyId;
        targetDialect = other.targetDialect;
        targetHost = other.targetHost;
        targetPort = other.targetPort;
        targetDatabase = other.targetDatabase;
        targetUsername = other.targetUsername;
        targetSecret = other.targetSecret;
        targetKeyId = other.targetKeyId;
    }
}
