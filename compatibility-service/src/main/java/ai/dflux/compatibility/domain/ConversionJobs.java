package ai.dflux.compatibility.domain;

import ai.dflux.compatibility.persistence.ConversionEntity;
import ai.dflux.compatibility.persistence.ConversionJobEntity;
import ai.dflux.compatibility.persistence.TypeOverrideEntity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;

/** Asks for conversions and forgets a deleted migration's. Every method joins the caller's transaction. */
@ApplicationScoped
public class ConversionJobs {

    public static final String CAUSE_OVERRIDES = "TypeOverrides";

    /** Queues a conversion of the migration's current catalog. */
    public Uni<Void> request(UUID migrationId, String tenantId, String cause, UUID causeEventId) {
        ConversionJobEntity job = new ConversionJobEntity();
        job.id = UUID.randomUUID();
        job.migrationId = migrationId;
        job.tenantId = tenantId;
        job.cause = cause;
        job.causeEventId = causeEventId;
        job.state = ConversionJobEntity.PENDING;
        job.attempts = 0;
        job.createdAt = Instant.now();
        job.notBefore = job.createdAt;
        return job.persist().replaceWithVoid();
    }

    /** Whether a conversion of the migration is waiting or running. */
    public Uni<Boolean> pending(UUID migrationId) {
        return ConversionJobEntity.count("migrationId = ?1 and state = ?2", migrationId, ConversionJobEntity.PENDING)
                .map(n -> n > 0);
    }

    public Uni<Void> forget(UUID migrationId) {
        return ConversionJobEntity.delete("migrationId", migrationId)
                .chain(() -> ConversionEntity.delete("migrationId", migrationId))
                .chain(() -> TypeOverrideEntity.delete("migrationId", migrationId))
                .replaceWithVoid();
    }
}
