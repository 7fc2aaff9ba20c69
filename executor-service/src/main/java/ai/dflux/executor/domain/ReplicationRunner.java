package ai.dflux.executor.domain;

import ai.dflux.contracts.Phase;
import ai.dflux.contracts.agents.MigrationConnections;
import ai.dflux.contracts.events.FailureReason;
import ai.dflux.contracts.events.MigrationFailed;
import ai.dflux.executor.config.ExecutorConfig;
import ai.dflux.executor.domain.db.DataSources;
import ai.dflux.executor.domain.progress.ReplicationMetrics;
import ai.dflux.executor.domain.stream.StreamPositionMoved;
import ai.dflux.executor.domain.target.TargetLedger;
import ai.dflux.executor.persistence.ReplicationEntity;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * The replications running in this executor, one thread each (copy and stream block on JDBC and Debezium). A run that
 * fails is retried with a growing pause until {@code dflux.executor.give-up-after}; then the migration fails.
 */
@ApplicationScoped
public class ReplicationRunner implements MigrationReplication.ReplicationOutcome {

    private static final Logger LOG = Logger.getLogger(ReplicationRunner.class);

    private final ReplicationLedger ledger;
    private final ReplicationPlans plans;
    private final ReplicationMetrics metrics;
    private final CopyStage copy;
    private final StreamStage stream;
    private final ExecutorConfig config;
    private final ReplicationLeases leases;
    private final MigrationReplication.Pacing pacing;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final Map<UUID, MigrationReplication> running = new ConcurrentHashMap<>();
    private final Set<UUID> stopping = ConcurrentHashMap.newKeySet();

    public ReplicationRunner(ReplicationLedger ledger, ReplicationPlans plans, ReplicationMetrics metrics,
            CopyStage copy, StreamStage stream, ExecutorConfig config, ReplicationLeases leases) {
        this.leases = leases;
        this.ledger = ledger;
        this.plans = plans;
        this.metrics = metrics;
        this.copy = copy;
        this.stream = stream;
        this.config = config;
        this.pacing = new MigrationReplication.Pacing(config.lagReportInterval(), config.copyMaxRowsPerSecond(),
                config.driftWait());
    }

    public boolean isRunning(UUID migrationId) {
        return running.containsKey(migrationId);
    }

    public Set<UUID> runningIds() {
        return Set.copyOf(running.keySet());
    }

    /** Starts (or resumes) the replication of a due record, unless it runs already. */
    public synchronized void launch(ReplicationEntity row) {
        if (running.containsKey(row.migrationId)) {
            return;
        }
        UUID id = row.migrationId;
        String tenant = row.tenantId;
        int revision = row.appliedRevision > 0 ? row.appliedRevision : row.convertedRevision;
        MigrationReplication replication = new MigrationReplication(id, () -> plans.load(id, tenant, revision),
                next -> plans.load(id, tenant, next), ledger, metrics.begin(id, tenant), copy, stream,
                pacing, this);
        running.put(id, replication);
        LOG.infof("migration %s: replication of revision %d starts (state %s, attempt %d)", id, revision, row.state,
                row.attempts + 1);
        threads.submit(replication);
    }

    /** Stops a running replication, leaving what it made on the source so that it can resume (pause). */
    public void halt(UUID migrationId) {
        MigrationReplication replication = running.get(migrationId);
        if (replication != null) {
            replication.halt();
        }
    }

    /**
     * Another replica holds the replication's lease now, or may soon: it halts here, and this replica stops reporting
     * its figures, which are the lease holder's to report.
     */
    public void handOver(UUID migrationId) {
        halt(migrationId);
        metrics.end(migrationId);
    }

    /**
     * Stops the replication for good and removes its replication slot and publication from the source, so the source
     * keeps no WAL for it. Waits for a running replication to end first, since an open stream holds the slot. The
     * databases come from the running replication, or else from discovery, which keeps a deleted migration's until
     * told here that its source is clean. For a deleted migration ({@code deleted}) also removes its rows from the
     * target's bookkeeping, then its record; when discovery no longer knows the databases, the record goes with a log
     * of what to remove by hand.
     */
    public void stopAndClean(UUID migrationId, String tenantId, boolean deleted) throws Exception {
        MigrationReplication replication = running.get(migrationId);
        ReplicationPlan plan = replication == null ? null : replication.plan().orElse(null);
        if (replication != null) {
            replication.halt();
            awaitEnd(migrationId, Duration.ofSeconds(60));
        }
        if (plan == null) {
            Optional<MigrationConnections> connections = plans.connectionsForCleanup(migrationId, tenantId);
            if (connections.isEmpty()) {
                gone(migrationId, deleted);
                return;
            }
            plan = new ReplicationPlan(migrationId, tenantId, connections.get(), null);
        }
        copy.dropFromSource(plan);
        if (deleted) {
            forgetDeleted(plan);
        } else {
            ledger.update(migrationId, row -> row.sourceCleaned = true);
        }
        metrics.end(migrationId);
        LOG.infof("migration %s: replication slot and publication removed from the source", migrationId);
    }

    /**
     * After the source is clean: the deleted migration's rows in the target's bookkeeping, its connections at
     * discovery, then its record. Only the source's cleanup is retried: a target dropped meanwhile, or a discovery
     * that cannot be told (its retention forgets the connections), does not keep the record.
     */
    private void forgetDeleted(ReplicationPlan plan) {
        UUID migrationId = plan.migrationId();
        try {
            copy.forgetOnTarget(plan);
            stream.forgetOnTarget(plan);
            new TargetLedger(DataSources.postgres(plan.target()), migrationId).forget();
        } catch (Exception e) {
            LOG.warnf("migration %s: its rows in the target's dflux_executor bookkeeping stay: %s", migrationId,
                    e.getMessage());
        }
        forgetConnections(migrationId, plan.tenantId());
        ledger.remove(migrationId);
    }

    private void forgetConnections(UUID migrationId, String tenantId) {
        try {
            plans.forgetConnections(migrationId, tenantId);
        } catch (RuntimeException e) {
            LOG.warnf("migration %s: discovery could not be told to forget its connections (its retention will): %s",
                    migrationId, e.getMessage());
        }
    }

    /** Discovery no longer knows the databases: nothing can be cleaned from here any more. */
    private void gone(UUID migrationId, boolean deleted) {
        metrics.end(migrationId);
        if (deleted) {
            ledger.remove(migrationId);
        } else {
            ledger.update(migrationId, row -> row.sourceCleaned = true);
        }
        LOG.errorf("migration %s: discovery no longer knows its databases, so nothing of it can be removed from the"
                + " source here; if it streamed from PostgreSQL, drop slot and publication %s on the source by hand",
                migrationId, SourceObjects.nameOf(migrationId));
    }

    /** A failed migration does not resume, so nothing may keep WAL or binlog for it on the source. */
    private void dropFromSource(ReplicationPlan plan) {
        try {
            copy.dropFromSource(plan);
            ledger.update(plan.migrationId(), row -> row.sourceCleaned = true);
        } catch (Exception e) {
            LOG.errorf("migration %s: could not remove the replication slot and publication from the source: %s;"
                    + " remove them by hand, or the source keeps WAL for them", plan.migrationId(), e.getMessage());
        }
    }

    /**
     * The migration is deleted. When its replication runs here, it is stopped and the source cleaned now; when it
     * reached the source elsewhere ({@code mustClean}), the worker holding its lease does so (and retries until that
     * succeeds, also after a restart); otherwise discovery is told at once that it may forget the connections.
     */
    public void deleted(UUID migrationId, String tenantId, boolean mustClean) {
        if (running.containsKey(migrationId)) {
            stopInBackground(migrationId, tenantId, true);
            return;
        }
        if (mustClean) {
            return; // the worker of the replica that holds, or next takes, its lease cleans it
        }
        metrics.end(migrationId);
        threads.submit(() -> forgetConnections(migrationId, tenantId));
    }

    /** {@link #stopAndClean} on a thread of its own, once at a time per migration; a failure is tried again later. */
    public void stopInBackground(UUID migrationId, String tenantId, boolean deleted) {
        if (!stopping.add(migrationId)) {
            return;
        }
        threads.submit(() -> {
            try {
                stopAndClean(migrationId, tenantId, deleted);
            } catch (Exception e) {
                String error = "removing the replication slot and publication from the source failed: "
                        + e.getMessage();
                LOG.warnf("migration %s: %s; will retry", migrationId, error);
                retryCleanupLater(migrationId, error);
            } finally {
                stopping.remove(migrationId);
            }
        });
    }

    private void retryCleanupLater(UUID migrationId, String error) {
        try {
            ledger.cleanupFailed(migrationId, error, this::backoff);
        } catch (RuntimeException e) {
            LOG.warnf("migration %s: the failed cleanup could not be recorded: %s", migrationId, e.getMessage());
        }
    }

    private void awaitEnd(UUID migrationId, Duration atMost) throws InterruptedException {
        Instant deadline = Instant.now().plus(atMost);
        while (running.containsKey(migrationId) && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
    }

    @Override
    public void ended(UUID migrationId) {
        running.remove(migrationId);
    }

    @Override
    public void failed(UUID migrationId, Throwable error) {
        MigrationReplication failed = running.remove(migrationId);
        Optional<StreamPositionMoved> elsewhere = StreamPositionMoved.in(error);
        if (elsewhere.isPresent()) {
            // the replica that moved it holds the lease and the record; were the lease still this one's, the next
            // pass would resume from the position it finds
            LOG.warn(elsewhere.get().getMessage());
            metrics.end(migrationId);
            return;
        }
        Instant now = Instant.now();
        String message = error.getMessage() == null ? error.toString() : error.getMessage();
        ledger.read(migrationId).ifPresent(current -> {
            Instant since = current.failingSince == null ? now : current.failingSince;
            boolean tooLong = Duration.between(since, now).compareTo(config.giveUpAfter()) > 0;
            if (tooLong || error instanceof ReplicationProblem problem && problem.isHopeless()) {
                LOG.errorf("migration %s: replication failed for good: %s", migrationId, message);
                String phase = current.state;
                boolean moved = ledger.advance(migrationId, ReplicationState.FAILED, row -> {
                    row.lastError = message;
                    row.reason = message;
                    row.attempts++;
                }, new MigrationFailed(reasonOf(error), phaseOf(phase), message));
                if (moved) { // else stopped meanwhile, and the worker's cleanup does the rest
                    metrics.end(migrationId);
                    failed.plan().ifPresent(this::dropFromSource);
                }
                return;
            }
            ledger.whileRunning(migrationId, row -> {
                row.attempts++;
                row.lastError = message;
                row.failingSince = since;
                row.notBefore = now.plus(backoff(row.attempts));
            }, null);
        });
    }

    private Duration backoff(int attempts) {
        Duration pause = Duration.ofSeconds(1L << Math.min(attempts - 1, 10));
        return pause.compareTo(config.maxBackoff()) > 0 ? config.maxBackoff() : pause;
    }

    static FailureReason reasonOf(Throwable error) {
        if (error instanceof ReplicationProblem problem) {
            return problem.reason();
        }
        return error instanceof SQLException ? FailureReason.TARGET_REJECTED : FailureReason.REPLICATION_FAILED;
    }

    private static String phaseOf(String state) {
        return ReplicationState.STREAMING.name().equals(state) ? Phase.STREAMING.name() : Phase.COPYING.name();
    }

    /** Halts every replication, then gives up the leases of those that ended, for another replica to take at once. */
    void onShutdown(@Observes ShutdownEvent event) {
        running.values().forEach(MigrationReplication::halt);
        threads.shutdown();
        try {
            threads.awaitTermination(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            int released = VertxContextSupport.subscribeAndAwait(() -> leases.releaseAllBut(runningIds()));
            LOG.infof("gave up %d replication leases held by %s", released, leases.owner());
        } catch (Throwable e) {
            LOG.warnf("the leases of this executor replica could not be given up; they run out in %s: %s",
                    config.leaseDuration(), e.toString());
        }
    }
}
