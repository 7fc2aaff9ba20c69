package ai.dflux.executor.domain;

import ai.dflux.executor.persistence.ReplicationEntity;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Makes the running replications follow their records: starts the due ones (which after a crash resumes them all),
 * halts the paused ones, and stops and cleans the stopped ones (deleted ones too, until their source is clean).
 */
@ApplicationScoped
public class ReplicationWorker {

    private static final Logger LOG = Logger.getLogger(ReplicationWorker.class);
    private static final List<String> ACTIVE = ReplicationState.RUNNING.stream().map(Enum::name).toList();

    private final ReplicationRunner runner;
    private volatile boolean stopping;

    public ReplicationWorker(ReplicationRunner runner) {
        this.runner = runner;
    }

    @Scheduled(every = "${dflux.executor.poll-interval:1s}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> work() {
        if (stopping) {
            return Uni.createFrom().voidItem();
        }
        return follow().onFailure().invoke(e -> LOG.warnf("replication worker: %s", e.toString()))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    void onShutdown(@Observes ShutdownEvent event) {
        stopping = true;
    }

    /** One pass over the records. */
    public Uni<Void> follow() {
        Set<UUID> runningHere = runner.runningIds();
        return Panache.withSession(() -> ReplicationEntity.<ReplicationEntity>list(
                        "(state in ?1 and notBefore <= ?2) or migrationId in ?3", ACTIVE, Instant.now(),
                        runningHere.isEmpty() ? Set.of(new UUID(0, 0)) : runningHere)
                .chain(rows -> Panache.withSession(() -> ReplicationEntity.<ReplicationEntity>list(
                        "state = ?1 and sourceCleaned = false and notBefore <= ?2", ReplicationState.STOPPED.name(),
                        Instant.now()))
                        .map(stopped -> {
                            rows.forEach(this::follow);
                            stopped.forEach(this::clean);
                            return null;
                        })));
    }

    private void follow(ReplicationEntity row) {
        ReplicationState state = ReplicationState.valueOf(row.state);
        if (state.isRunning()) {
            runner.launch(row);
        } else if (state == ReplicationState.PAUSED) {
            runner.halt(row.migrationId);
        }
    }

    private void clean(ReplicationEntity row) {
        runner.stopInBackground(row.migrationId, row.tenantId, row.deleted);
    }
}
