package ai.dflux.executor.domain;

import ai.dflux.executor.config.ExecutorConfig;
import ai.dflux.executor.persistence.ReplicationEntity;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.jboss.logging.Logger;

/**
 * Makes the running replications follow their records: starts the due ones (which after a crash resumes them all),
 * halts the paused ones, and stops and cleans the stopped ones (deleted ones too, until their source is clean). Each
 * replication is started or cleaned only under this replica's lease on it ({@link ReplicationLeases}), renewed at every
 * pass; one that another replica took over halts here.
 */
@ApplicationScoped
public class ReplicationWorker {

    private static final Logger LOG = Logger.getLogger(ReplicationWorker.class);
    private static final List<String> ACTIVE = ReplicationState.RUNNING.stream().map(Enum::name).toList();

    private final ReplicationRunner runner;
    private final ReplicationLeases leases;
    private final Duration passTimeout;
    private volatile boolean stopping;

    public ReplicationWorker(ReplicationRunner runner, ReplicationLeases leases, ExecutorConfig config) {
        this.runner = runner;
        this.leases = leases;
        this.passTimeout = config.leaseDuration().dividedBy(4);
    }

    @Scheduled(every = "${dflux.executor.poll-interval:1s}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> work() {
        if (stopping) {
            return Uni.createFrom().voidItem();
        }
        return follow().ifNoItem().after(passTimeout).fail()
                .onFailure().invoke(e -> {
                    LOG.warnf("replication worker: %s", e.toString());
                    haltIfLeasesMayLapse(e);
                })
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    /**
     * The leases could not be renewed for half their duration (the control plane out of reach, or a pass that hangs):
     * every replication halts here before another replica may take it over.
     */
    private void haltIfLeasesMayLapse(Throwable cause) {
        Set<UUID> runningHere = runner.runningIds();
        if (leases.mayHaveLapsed() && !runningHere.isEmpty()) {
            LOG.errorf("the leases of %d replications could not be renewed (%s); they halt here before another"
                    + " executor replica may take them over", runningHere.size(), cause.toString());
            runningHere.forEach(runner::handOver);
        }
    }

    void onShutdown(@Observes ShutdownEvent event) {
        stopping = true;
    }

    /** One pass over the records. */
    public Uni<Void> follow() {
        Set<UUID> runningHere = runner.runningIds();
        return renew(runningHere)
                .chain(() -> Panache.withSession(() -> ReplicationEntity.<ReplicationEntity>list(
                        "(state in ?1 and notBefore <= ?2) or migrationId in ?3", ACTIVE, Instant.now(),
                        runningHere.isEmpty() ? Set.of(new UUID(0, 0)) : runningHere)))
                .chain(rows -> inTurn(rows, this::follow))
                .chain(() -> Panache.withSession(() -> ReplicationEntity.<ReplicationEntity>list(
                        "state = ?1 and sourceCleaned = false and notBefore <= ?2", ReplicationState.STOPPED.name(),
                        Instant.now())))
                .chain(stopped -> inTurn(stopped, this::clean));
    }

    /** Renews the leases on the replications running here and halts those another replica holds now. */
    private Uni<Void> renew(Set<UUID> runningHere) {
        return leases.renew(runningHere).invoke(lost -> lost.forEach(id -> {
            LOG.warnf("migration %s: another executor replica holds its lease now; its replication halts here", id);
            runner.handOver(id);
        })).replaceWithVoid();
    }

    private Uni<Void> follow(ReplicationEntity row) {
        ReplicationState state = ReplicationState.valueOf(row.state);
        if (state == ReplicationState.PAUSED) {
            runner.halt(row.migrationId);
        }
        if (!state.isRunning() || runner.isRunning(row.migrationId)) {
            return Uni.createFrom().voidItem();
        }
        return leases.claim(row.migrationId).invoke(claimed -> {
            if (claimed) {
                runner.launch(row);
            }
        }).replaceWithVoid();
    }

    private Uni<Void> clean(ReplicationEntity row) {
        return leases.claim(row.migrationId).invoke(claimed -> {
            if (claimed) {
                runner.stopInBackground(row.migrationId, row.tenantId, row.deleted);
            }
        }).replaceWithVoid();
    }

    private static Uni<Void> inTurn(List<ReplicationEntity> rows, Function<ReplicationEntity, Uni<Void>> step) {
        Uni<Void> steps = Uni.createFrom().voidItem();
        for (ReplicationEntity row : rows) {
            steps = steps.chain(() -> step.apply(row));
        }
        return steps;
    }
}
