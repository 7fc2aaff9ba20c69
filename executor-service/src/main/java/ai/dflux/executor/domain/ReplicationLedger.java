package ai.dflux.executor.domain;

import ai.dflux.contracts.events.Payload;
import ai.dflux.executor.persistence.ReplicationEntity;
import ai.dflux.service.outbox.Outbox;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.function.Predicate;

/**
 * The control-plane record of a replication as the copy and stream threads see it: they block (JDBC, Debezium), so
 * they reach the reactive control plane through here. A change of the record and the event announcing it commit in
 * one transaction (outbox).
 */
@ApplicationScoped
public class ReplicationLedger {

    private final Outbox outbox;

    public ReplicationLedger(Outbox outbox) {
        this.outbox = outbox;
    }

    /** The record as it is now, or empty when the migration was deleted meanwhile. */
    public Optional<ReplicationEntity> read(UUID migrationId) {
        return Optional.ofNullable(await(() -> Panache.withSession(() -> ReplicationEntity.findById(migrationId))));
    }

    /** Changes the record; does nothing when it is gone or deleted (then only its cleanup may remove it). */
    public void update(UUID migrationId, Consumer<ReplicationEntity> change) {
        record(migrationId, change, null);
    }

    /**
     * Changes the record and publishes {@code event} with it; neither happens when the record is gone, or marked
     * deleted: a replication still winding down must not bring a deleted migration back to life.
     */
    public void record(UUID migrationId, Consumer<ReplicationEntity> change, Payload event) {
        changeIf(migrationId, row -> true, change, event);
    }

    /**
     * Moves a running record to {@code state}, changing it and publishing {@code event} with it, unless it no longer
     * runs: a stop or pause committed through the API while this replication was on its way (its thread learns of it
     * and halts) must not be written over. Returns whether the record moved.
     */
    public boolean advance(UUID migrationId, ReplicationState state, Consumer<ReplicationEntity> change,
            Payload event) {
        return whileRunning(migrationId, row -> {
            row.state = state.name();
            change.accept(row);
        }, event);
    }

    /** Changes the record, keeping its state, only while it runs (see {@link #advance}); returns whether it did. */
    public boolean whileRunning(UUID migrationId, Consumer<ReplicationEntity> change, Payload event) {
        return changeIf(migrationId, row -> ReplicationState.valueOf(row.state).isRunning(), change, event);
    }

    /** Changes a present, undeleted record that passes {@code allowed}, with its event; returns whether it did. */
    private boolean changeIf(UUID migrationId, Predicate<ReplicationEntity> allowed,
            Consumer<ReplicationEntity> change, Payload event) {
        return await(() -> Panache.withTransaction(() -> ReplicationEntity.<ReplicationEntity>findById(migrationId)
                .chain(row -> {
                    if (row == null || row.deleted || !allowed.test(row)) {
                        return Uni.createFrom().item(false);
                    }
                    change.accept(row);
                    row.updatedAt = Instant.now();
                    return event == null ? Uni.createFrom().item(true)
                            : outbox.publish(event, migrationId, row.tenantId, row.causeEventId).replaceWith(true);
                })));
    }

    /**
     * The source's cleanup failed: says why on the record and when to try again. Also for a deleted migration's record,
     * which stays until its source is clean.
     */
    public void cleanupFailed(UUID migrationId, String error, IntFunction<Duration> backoff) {
        await(() -> Panache.withTransaction(() -> ReplicationEntity.<ReplicationEntity>findById(migrationId)
                .invoke(row -> {
                    if (row != null && !row.sourceCleaned) {
                        row.attempts++;
                        row.lastError = error;
                        row.updatedAt = Instant.now();
                        row.notBefore = row.updatedAt.plus(backoff.apply(row.attempts));
                    }
                }).replaceWithVoid()));
    }

    /** Removes the record: the migration is deleted and nothing of it is left to clean. */
    public void remove(UUID migrationId) {
        await(() -> Panache.withTransaction(() -> ReplicationEntity.deleteById(migrationId)));
    }

    private static <T> T await(java.util.function.Supplier<Uni<T>> work) {
        try {
            return VertxContextSupport.subscribeAndAwait(work);
        } catch (Throwable e) {
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("control-plane database: " + e.getMessage(), e);
        }
    }
}
