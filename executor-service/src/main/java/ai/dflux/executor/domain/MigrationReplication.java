package ai.dflux.executor.domain;

import ai.dflux.contracts.events.FailureReason;
import ai.dflux.contracts.events.MigrationPaused;
import ai.dflux.contracts.events.ReplicationLagReported;
import ai.dflux.contracts.events.SnapshotCompleted;
import ai.dflux.contracts.events.SnapshotStarted;
import ai.dflux.contracts.events.StreamingStarted;
import ai.dflux.contracts.events.TableCopied;
import ai.dflux.executor.domain.db.DataSources;
import ai.dflux.executor.domain.position.SnapshotPosition;
import ai.dflux.contracts.conversion.TablePlan;
import ai.dflux.executor.domain.copy.CopyListener;
import ai.dflux.executor.domain.progress.CopyThrottle;
import ai.dflux.executor.domain.progress.ReplicationProgress;
import ai.dflux.executor.domain.progress.TableProgress;
import ai.dflux.executor.domain.progress.StreamFigures;
import ai.dflux.executor.domain.target.TargetLedger;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * One migration's replication, run on its own thread: the pre-data DDL, the consistent copy, the post-data DDL, then
 * the change stream until it is halted. Every step first asks the target's ledger what is done already, so a restart
 * (after a crash, a pause or an error) continues where the previous run stopped.
 */
final class MigrationReplication implements Runnable {

    private static final Logger LOG = Logger.getLogger(MigrationReplication.class);
    private static final Duration WATCH_INTERVAL = Duration.ofSeconds(1);
    private static final Duration DRIFT_CHECK_INTERVAL = Duration.ofSeconds(5);

    private final UUID migrationId;
    private final Supplier<ReplicationPlan> planLoader;
    private final ReplicationLedger ledger;
    private final ReplicationProgress progress;
    private final CopyStage copy;
    private final StreamStage stream;
    private final Duration lagReportInterval;
    private final long copyMaxRowsPerSecond;
    private final ReplicationOutcome outcome;
    private volatile boolean halted;
    private volatile ReplicationPlan plan;
    private Instant nextDriftCheck = Instant.EPOCH;

    /** How a run ended, for the runner. */
    interface ReplicationOutcome {
        void failed(UUID migrationId, Throwable error);

        void ended(UUID migrationId);
    }

    MigrationReplication(UUID migrationId, Supplier<ReplicationPlan> planLoader, ReplicationLedger ledger,
            ReplicationProgress progress, CopyStage copy, StreamStage stream, Duration lagReportInterval,
            long copyMaxRowsPerSecond, ReplicationOutcome outcome) {
        this.migrationId = migrationId;
        this.planLoader = planLoader;
        this.ledger = ledger;
        this.progress = progress;
        this.copy = copy;
        this.stream = stream;
        this.lagReportInterval = lagReportInterval;
        this.copyMaxRowsPerSecond = copyMaxRowsPerSecond;
        this.outcome = outcome;
    }

    /** Asks the run to end at the next safe point: between chunks, or by closing the stream. */
    void halt() {
        halted = true;
    }

    /** The plan once loaded: what is needed to clean the source after the migration is gone from discovery. */
    Optional<ReplicationPlan> plan() {
        return Optional.ofNullable(plan);
    }

    @Override
    public void run() {
        Thread.currentThread().setName("dflux-replication-" + migrationId);
        try {
            plan = planLoader.get();
            TargetLedger target = new TargetLedger(DataSources.postgres(plan.target()), migrationId);
            target.ensure();
            applyDdl(target, plan, TargetLedger.PRE_DATA, plan.schema().preData());
            SnapshotPosition position;
            if (target.copyCompleted()) {
                position = copy.position(plan);
            } else {
                Optional<SnapshotPosition> copied = copy(plan, target);
                if (copied.isEmpty()) {
                    outcome.ended(migrationId);
                    return; // halted during the copy; the finished chunks stay
                }
                position = copied.get();
            }
            if (!halted) {
                stream(plan, position);
            }
            outcome.ended(migrationId);
        } catch (Throwable e) {
            if (halted) {
                LOG.infof("migration %s: halted (%s)", migrationId, e.toString());
                outcome.ended(migrationId);
            } else {
                LOG.warnf(e, "migration %s: replication failed", migrationId);
                outcome.failed(migrationId, e);
            }
        }
    }

    /**
     * A DDL part the target rejects (SQL state class 42: an object that exists already, a missing privilege) will not
     * pass by retrying, so the migration fails at once, naming it; the part's transaction left nothing behind.
     */
    private void applyDdl(TargetLedger target, ReplicationPlan plan, String part, String script) throws SQLException {
        try {
            if (target.apply(plan.revision(), part, script)) {
                LOG.infof("migration %s: %s DDL of revision %d applied", migrationId, part, plan.revision());
            }
        } catch (SQLException e) {
            String state = e.getSQLState() == null ? "" : e.getSQLState();
            if (state.startsWith("42")) {
                throw ReplicationProblem.hopeless(FailureReason.TARGET_REJECTED, e.getMessage(), e);
            }
            throw e;
        }
    }

    private Optional<SnapshotPosition> copy(ReplicationPlan plan, TargetLedger target) throws Exception {
        Instant begin = Instant.now();
        ledger.update(migrationId, row -> {
            row.state = ReplicationState.COPYING.name();
            row.startedAt = row.startedAt == null ? begin : row.startedAt;
        });
        Optional<SnapshotPosition> position;
        try {
            position = copy.copy(plan, new CopyProgress(plan), () -> halted);
        } catch (RuntimeException e) {
            throw targetRejected(e).orElse(e);
        }
        if (position.isEmpty() || halted) {
            return Optional.empty();
        }
        applyDdl(target, plan, TargetLedger.POST_DATA, plan.schema().postData());
        double seconds = Duration.between(begin, Instant.now()).toMillis() / 1000.0;
        long rows = progress.rowsCopied();
        long bytes = progress.bytesCopied();
        String where = position.get().describe();
        ledger.record(migrationId, row -> {
            row.rowsCopied = rows;
            row.bytesCopied = bytes;
            row.copySeconds = seconds;
            row.appliedRevision = plan.revision();
        }, new SnapshotCompleted(plan.schema().tables().size(), rows, bytes, seconds, where));
        LOG.infof("migration %s: copied %d rows (%d bytes) in %.1f s", migrationId, rows, bytes, seconds);
        return position;
    }

    /**
     * A target table that is missing or has other columns (SQL state class 42) does not mend by retrying: the
     * conversion left the table to a person (MANUAL), or the target held a table of that name before.
     */
    private static Optional<RuntimeException> targetRejected(RuntimeException error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("42")) {
                return Optional.of(ReplicationProblem.hopeless(FailureReason.TARGET_REJECTED, error.getMessage()
                        + " (a table the conversion left MANUAL is not created on the target, and a table the"
                        + " target held before is not replaced: see GET .../conversion?status=MANUAL)", error));
            }
        }
        return Optional.empty();
    }

    /** Turns the copy's reports into progress, metrics and events. Called from the copy's threads. */
    private final class CopyProgress implements CopyListener {

        private final ReplicationPlan plan;
        private final CopyThrottle throttle = new CopyThrottle(copyMaxRowsPerSecond);

        CopyProgress(ReplicationPlan plan) {
            this.plan = plan;
        }

        @Override
        public void snapshotOpened(SnapshotPosition position, boolean resumed) {
            ledger.record(migrationId, row -> row.snapshotPosition = position.describe(),
                    new SnapshotStarted(plan.schema().tables().size(), 0, position.describe(), resumed));
        }

        @Override
        public void tableStarted(TablePlan table, long estimatedRows, int chunks, int chunksAlreadyCopied) {
            tableOf(table).started(Math.max(estimatedRows, 0), 0, 0);
        }

        @Override
        public void chunkFinished(TablePlan table, int chunkNo, long rows, long bytes) {
            tableOf(table).chunkCopied(rows, bytes);
            try {
                throttle.pace(rows);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while pacing the copy", e);
            }
        }

        @Override
        public void tableFinished(TablePlan table, long totalRows, long totalBytes, double seconds) {
            tableOf(table).copied(totalRows, totalBytes);
            ledger.record(migrationId, row -> { }, new TableCopied(sourceName(table), targetName(table), totalRows,
                    totalBytes, seconds));
        }

        private TableProgress tableOf(TablePlan table) {
            return progress.table(sourceName(table), targetName(table));
        }
    }

    private static String sourceName(TablePlan table) {
        return table.sourceSchema() + "." + table.sourceTable();
    }

    private static String targetName(TablePlan table) {
        return table.targetSchema() + "." + table.targetTable();
    }

    private void stream(ReplicationPlan plan, SnapshotPosition from) throws Exception {
        try (StreamStage.RunningStream running = stream.start(plan, from)) {
            ledger.record(migrationId, row -> {
                row.state = ReplicationState.STREAMING.name();
                row.appliedRevision = plan.revision();
                row.attempts = 0;
                row.lastError = null;
                row.failingSince = null;
            }, new StreamingStarted(stream.connectorOf(plan), running.startPosition(), running.resumed()));
            watch(running, plan.revision());
        }
    }

    private void watch(StreamStage.RunningStream running, int revision) throws Exception {
        Instant nextReport = Instant.now().plus(lagReportInterval);
        while (!halted && !driftPaused(revision)) {
            Thread.sleep(WATCH_INTERVAL.toMillis());
            Optional<Throwable> failure = running.failure();
            if (failure.isPresent()) {
                throw new IllegalStateException("the change stream stopped: " + failure.get().getMessage(),
                        failure.get());
            }
            StreamFigures figures = running.figures();
            progress.stream(figures);
            if (!Instant.now().isBefore(nextReport)) {
                nextReport = Instant.now().plus(lagReportInterval);
                ledger.record(migrationId, row -> { }, new ReplicationLagReported(figures.lagSeconds(),
                        figures.lagBytes(), figures.eventsPerSecond(), figures.rowsPerSecond(),
                        figures.appliedPosition()));
            }
        }
    }

    /**
     * A newer converted revision means the source schema changed. Applying it while streaming is not built, so the
     * stream pauses, saying so; the source keeps every change (slot, binlog) meanwhile.
     */
    private boolean driftPaused(int revision) {
        Instant now = Instant.now();
        if (now.isBefore(nextDriftCheck)) {
            return false;
        }
        nextDriftCheck = now.plus(DRIFT_CHECK_INTERVAL);
        int converted = ledger.read(migrationId).map(row -> row.convertedRevision).orElse(revision);
        if (converted <= revision) {
            return false;
        }
        String detail = "the source schema changed (converted revision " + converted + ", the target has revision "
                + revision + "); applying a schema change while streaming is not built yet, so the stream paused and"
                + " the source keeps the changes: revert the change on the source and resume, or stop this migration"
                + " and start a new one";
        LOG.warnf("migration %s: %s", migrationId, detail);
        ledger.record(migrationId, row -> {
            row.state = ReplicationState.PAUSED.name();
            row.reason = detail;
        }, new MigrationPaused(MigrationPaused.INCOMPATIBLE_DRIFT, detail));
        return true;
    }
}
