package ai.dflux.executor.domain;

import ai.dflux.executor.persistence.ReplicationEntity;
import ai.dflux.service.api.InvalidState;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;

/**
 * The control-plane record of what the Executor should be doing with each migration; events and API requests change
 * it, and {@link ReplicationWorker} makes the running replications follow it. Every method joins the caller's
 * transaction.
 */
@ApplicationScoped
public class Replications {

    /**
     * A migration was created: remember whether it waits for an explicit start, and whether it has a live source at
     * all (an Oracle schema script has none).
     */
    public Uni<Void> created(UUID migrationId, String tenantId, boolean manualStart, boolean liveSource) {
        return ReplicationEntity.<ReplicationEntity>findById(migrationId).chain(row -> {
            if (row != null) {
                return Uni.createFrom().voidItem();
            }
            ReplicationEntity fresh = fresh(migrationId, tenantId);
            fresh.manualStart = manualStart;
            if (!liveSource) {
                fresh.state = ReplicationState.SCHEMA_ONLY.name();
            }
            return fresh.persist().replaceWithVoid();
        });
    }

    /** A schema revision is converted: the first makes the migration due (or waiting for its start). */
    public Uni<Void> converted(UUID migrationId, String tenantId, int revision, UUID causeEventId) {
        return ReplicationEntity.<ReplicationEntity>findById(migrationId).chain(row -> {
            ReplicationEntity current = row == null ? fresh(migrationId, tenantId) : row;
            current.convertedRevision = Math.max(current.convertedRevision, revision);
            if (ReplicationState.WAITING_FOR_CONVERSION.name().equals(current.state)) {
                current.state = (current.manualStart ? ReplicationState.WAITING_FOR_START : ReplicationState.READY)
                        .name();
                current.causeEventId = causeEventId;
            }
            current.updatedAt = Instant.now();
            return row == null ? current.persist().replaceWithVoid() : Uni.createFrom().voidItem();
        });
    }

    public Uni<ReplicationEntity> find(UUID migrationId) {
        return ReplicationEntity.findById(migrationId);
    }

    /** The explicit start of a migration created with {@code manualStart}. */
    public Uni<ReplicationEntity> start(UUID migrationId) {
        return move(migrationId, ReplicationState.WAITING_FOR_START, ReplicationState.READY, null,
                "only a converted migration created with manualStart waits to be started");
    }

    public Uni<ReplicationEntity> pause(UUID migrationId, String reason) {
        return move(migrationId, ReplicationState.STREAMING, ReplicationState.PAUSED, reason,
                "only a streaming migration can be paused; stop ends a copy");
    }

    public Uni<ReplicationEntity> resume(UUID migrationId) {
        return move(migrationId, ReplicationState.PAUSED, ReplicationState.STREAMING, null,
                "only a paused migration can be resumed");
    }

    /**
     * The migration is deleted. A replication that has reached its source (its copy began) and not cleaned it yet
     * stays, stopped and marked deleted, for the worker to clean; any other row goes at once. Returns whether the
     * source still needs cleaning.
     */
    public Uni<Boolean> deleted(UUID migrationId) {
        return ReplicationEntity.<ReplicationEntity>findById(migrationId).chain(row -> {
            if (row == null || row.startedAt == null || row.sourceCleaned) {
                return (row == null ? Uni.createFrom().voidItem() : row.delete()).replaceWith(false);
            }
            row.deleted = true;
            stopped(row, "the migration is deleted");
            return Uni.createFrom().item(true);
        });
    }

    /** Ends the replication for good; the worker then removes what dflux created on the source. */
    public Uni<ReplicationEntity> stop(UUID migrationId) {
        return require(migrationId).map(row -> {
            ReplicationState state = ReplicationState.valueOf(row.state);
            if (state == ReplicationState.STOPPED) {
                throw new InvalidState("the replication of migration " + migrationId + " is stopped already");
            }
            stopped(row, "stopped through the API");
            return row;
        });
    }

    /** The worker cleans the source at once; its attempts count from here, not from the replication's failures. */
    private static void stopped(ReplicationEntity row, String reason) {
        row.state = ReplicationState.STOPPED.name();
        row.reason = reason;
        row.attempts = 0;
        row.lastError = null;
        row.updatedAt = Instant.now();
        row.notBefore = row.updatedAt;
    }

    private Uni<ReplicationEntity> move(UUID migrationId, ReplicationState from, ReplicationState to, String reason,
            String rule) {
        return require(migrationId).map(row -> {
            if (!from.name().equals(row.state)) {
                throw new InvalidState("the replication of migration " + migrationId + " is " + row.state + ": "
                        + rule);
            }
            row.state = to.name();
            row.reason = reason;
            row.notBefore = Instant.now();
            row.updatedAt = row.notBefore;
            return row;
        });
    }

    private static Uni<ReplicationEntity> require(UUID migrationId) {
        return ReplicationEntity.<ReplicationEntity>findById(migrationId).onItem().ifNull()
                .failWith(() -> new InvalidState("migration " + migrationId + " has no converted schema yet; the"
                        + " Executor has nothing to control"));
    }

    private static ReplicationEntity fresh(UUID migrationId, String tenantId) {
        ReplicationEntity row = new ReplicationEntity();
        row.migrationId = migrationId;
        row.tenantId = tenantId;
        row.state = ReplicationState.WAITING_FOR_CONVERSION.name();
        row.notBefore = Instant.now();
        row.updatedAt = row.notBefore;
        return row;
    }
}
