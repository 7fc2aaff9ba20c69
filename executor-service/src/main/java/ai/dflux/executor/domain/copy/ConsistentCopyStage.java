package ai.dflux.executor.domain.copy;

import ai.dflux.executor.config.ExecutorConfig;
import ai.dflux.executor.domain.CopyStage;
import ai.dflux.executor.domain.ReplicationPlan;
import ai.dflux.executor.domain.db.DataSources;
import ai.dflux.executor.domain.position.SnapshotPosition;
import jakarta.enterprise.context.ApplicationScoped;
import ai.dflux.contracts.conversion.TablePlan;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** {@link CopyStage} by {@link InitialCopy}: the source's bulk paths, chunk by chunk, each chunk exactly once. */
@ApplicationScoped
public class ConsistentCopyStage implements CopyStage {

    private static final long HALT_CHECK_MILLIS = 200;

    private final CopyOptions options;

    public ConsistentCopyStage(ExecutorConfig config) {
        this.options = CopyOptions.DEFAULTS.withParallelism(config.copyParallelism())
                .withChunkRows(config.copyChunkRows()).withWholeTableRows(config.copyWholeTableRows())
                .withKeyAfterRows(config.copyKeyAfterRows());
    }

    @Override
    public Optional<SnapshotPosition> copy(ReplicationPlan plan, CopyListener listener, BooleanSupplier halted) {
        CopyResult result = run(plan, plan.schema().tables(), listener, halted);
        return result.complete() ? Optional.of(result.position()) : Optional.empty();
    }

    /**
     * The stream replays every change after its committed position over these rows, so the copy needs no position of
     * its own: the reopened snapshot is newer than the table's publication, which is all the replay needs (decision 17).
     */
    @Override
    public boolean copyAddedTables(ReplicationPlan plan, List<TablePlan> tables, CopyListener listener,
            BooleanSupplier halted) throws Exception {
        SnapshotSources.of(plan.migrationId(), plan.source()).publish(tables);
        return run(plan, tables, listener, halted).complete();
    }

    private CopyResult run(ReplicationPlan plan, List<TablePlan> tables, CopyListener listener,
            BooleanSupplier halted) {
        InitialCopy copy = InitialCopy.of(plan.migrationId(), plan.source(), plan.target(), options, listener);
        ScheduledExecutorService watch = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "dflux-copy-watch-" + plan.migrationId());
            thread.setDaemon(true);
            return thread;
        });
        watch.scheduleWithFixedDelay(() -> {
            if (halted.getAsBoolean()) {
                copy.cancel();
            }
        }, HALT_CHECK_MILLIS, HALT_CHECK_MILLIS, TimeUnit.MILLISECONDS);
        try {
            return copy.run(tables);
        } finally {
            watch.shutdownNow();
        }
    }

    @Override
    public SnapshotPosition position(ReplicationPlan plan) throws Exception {
        CopyBookkeeping bookkeeping = new CopyBookkeeping(DataSources.postgres(plan.target()));
        bookkeeping.createTables();
        return bookkeeping.position(plan.migrationId()).orElseThrow(() -> new IllegalStateException("migration "
                + plan.migrationId() + " has no copy snapshot recorded in the target's "
                + CopyBookkeeping.COPY_SNAPSHOT + "; its copy must run again"));
    }

    @Override
    public void dropFromSource(ReplicationPlan plan) throws Exception {
        SnapshotSources.of(plan.migrationId(), plan.source()).drop();
    }

    @Override
    public void forgetOnTarget(ReplicationPlan plan) throws Exception {
        CopyBookkeeping bookkeeping = new CopyBookkeeping(DataSources.postgres(plan.target()));
        bookkeeping.createTables();
        bookkeeping.clear(plan.migrationId());
    }
}
