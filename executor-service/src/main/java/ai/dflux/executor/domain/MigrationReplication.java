package ai.dflux.executor.domain;

import ai.dflux.contracts.events.FailureReason;
import ai.dflux.contracts.events.MigrationPaused;
import ai.dflux.contracts.events.ReplicationLagReported;
import ai.dflux.contracts.events.SchemaChangeApplied;
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
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * One migration's replication, run on its own thread: the pre-data DDL, the consistent copy, the post-data DDL, then
 * the change stream until it is halted. Every step first asks the target's ledger what is done already, so a restart
 * (after a crash, a pause or an error) continues where the previous run stopped. A newer converted revision whose delta
 * only adds is applied between two runs of the stream (decision 17); any other pauses the stream.
 */
final class MigrationReplication implements Runnable {

    private static final Logger LOG = Logger.getLogger(MigrationReplication.class);
    private static final Duration WATCH_INTERVAL = Duration.ofSeconds(1);
    private static final Duration DRIFT_CHECK_INTERVAL = Duration.ofSeconds(5);

    private final UUID migrationId;
    private final Supplier<ReplicationPlan> planLoader;
    private final IntFunction<ReplicationPlan> revisions;
    private final ReplicationLedger ledger;
    private final ReplicationProgress progress;
    private final CopyStage copy;
    private final StreamStage stream;
    private final Pacing pacing;
    private final ReplicationOutcome outcome;
    private volatile boolean halted;
    private volatile ReplicationPlan plan;
    private Instant nextDriftCheck = Instant.EPOCH;

    /** How a run ended, for the runner. */
    interface ReplicationOutcome {
        void failed(UUID migrationId, Throwable error);

        void ended(UUID migrationId);
    }

    /**
     * How fast a run goes and how often it reports.
     *
     * @param lagReportInterval how often a stream reports its lag
     * @param copyMaxRowsPerSecond the most rows per second the copy reads, 0 for no limit
     * @param driftWait how long a stream waits for the conversion of a source schema change it met before it pauses
     */
    record Pacing(Duration lagReportInterval, long copyMaxRowsPerSecond, Duration driftWait) {
    }

    /**
     * @param planLoader the plan of the revision to start with
     * @param revisions the plan of any revision, for the schema changes after it
     */
    MigrationReplication(UUID migrationId, Supplier<ReplicationPlan> planLoader, IntFunction<ReplicationPlan> revisions,
            ReplicationLedger ledger, ReplicationProgress progress, CopyStage copy, StreamStage stream, Pacing pacing,
            ReplicationOutcome outcome) {
        this.migrationId = migrationId;
        this.planLoader = planLoader;
        this.revisions = revisions;
        this.ledger = ledger;
        this.progress = progress;
        this.copy = copy;
        this.stream = stream;
        this.pacing = pacing;
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
            SnapshotPosition position;
            if (target.copyCompleted()) {
                position = copy.position(plan);
            } else {
                applyDdl(target, plan, TargetLedger.PRE_DATA, plan.schema().preData());
                Optional<SnapshotPosition> copied = copy(plan, target);
                if (copied.isEmpty()) {
                    outcome.ended(migrationId);
                    return; // halted during the copy; the finished chunks stay
                }
                position = copied.get();
            }
            streamUntilHalted(target, position);
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
        if (!ledger.advance(migrationId, ReplicationState.COPYING,
                row -> row.startedAt = row.startedAt == null ? begin : row.startedAt, null)) {
            return Optional.empty(); // stopped or paused before the copy began
        }
        Optional<SnapshotPosition> position;
        try {
            position = copy.copy(plan, new CopyProgress(plan, true), () -> halted);
        } catch (RuntimeException e) {
            throw targetRejected(e).orElse(e);
        }
        if (position.isEmpty() || halted) {
            return Optional.empty();
        }
        Instant rowsCopied = Instant.now();
        applyDdl(target, plan, TargetLedger.POST_DATA, plan.schema().postData());
        double seconds = Duration.between(begin, Instant.now()).toMillis() / 1000.0;
        double postDataSeconds = Duration.between(rowsCopied, Instant.now()).toMillis() / 1000.0;
        long rows = progress.rowsCopied();
        long bytes = progress.bytesCopied();
        String where = position.get().describe();
        ledger.record(migrationId, row -> {
            row.rowsCopied = rows;
            row.bytesCopied = bytes;
            row.copySeconds = seconds;
            row.appliedRevision = plan.revision();
        }, new SnapshotCompleted(plan.schema().tables().size(), rows, bytes, seconds, where));
        LOG.infof("migration %s: copied %d rows (%d bytes) in %.1f s: snapshot and rows %.1f s, post-data DDL %.1f s",
                migrationId, rows, bytes, seconds, seconds - postDataSeconds, postDataSeconds);
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
        private final boolean initial;
        private final CopyThrottle throttle = new CopyThrottle(pacing.copyMaxRowsPerSecond());

        /** @param initial whether this is the initial copy, whose snapshot is announced; else tables added later */
        CopyProgress(ReplicationPlan plan, boolean initial) {
            this.plan = plan;
            this.initial = initial;
        }

        @Override
        public void snapshotOpened(SnapshotPosition position, boolean resumed) {
            if (!initial) {
                return;
            }
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
        public void keyBuildStarted(TablePlan table) {
            tableOf(table).buildingKey();
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

    /**
     * Streams with the applied revision until halted or paused; between two runs of the stream, applies the revisions
     * converted meanwhile. The stream restarts from the position committed on the target, so every change after it is
     * applied with the plan of the newer revision.
     */
    private void streamUntilHalted(TargetLedger target, SnapshotPosition from) throws Exception {
        while (!halted) {
            Optional<ReplicationPlan> current = catchUp(target, plan);
            if (current.isEmpty() || halted) {
                return;
            }
            plan = current.get();
            if (!stream(plan, from)) {
                return;
            }
        }
    }

    /** Returns whether the stream closed for a newer revision (else it was halted or paused). */
    private boolean stream(ReplicationPlan plan, SnapshotPosition from) throws Exception {
        try (StreamStage.RunningStream running = stream.start(plan, from)) {
            progress.applying();
            boolean moved = ledger.advance(migrationId, ReplicationState.STREAMING, row -> {
                row.appliedRevision = plan.revision();
                row.reason = null;
                row.attempts = 0;
                row.lastError = null;
                row.failingSince = null;
            }, new StreamingStarted(stream.connectorOf(plan), running.startPosition(), running.resumed()));
            return moved && watch(running, plan.revision()); // else stopped or paused while the stream started
        }
    }

    private boolean watch(StreamStage.RunningStream running, int revision) throws Exception {
        Instant nextReport = Instant.now().plus(pacing.lagReportInterval());
        Instant waitingSince = null;
        while (!halted) {
            Thread.sleep(WATCH_INTERVAL.toMillis());
            Optional<String> waiting = running.waitingForSchema();
            if (waiting.isPresent()) {
                if (waitingSince == null) {
                    waitingSince = Instant.now();
                    waitForConversion(waiting.get());
                }
                if (convertedRevision(revision) > revision) {
                    return true;
                }
                if (Duration.between(waitingSince, Instant.now()).compareTo(pacing.driftWait()) > 0) {
                    pause(waiting.get() + " arrived " + pacing.driftWait().toSeconds() + " s ago and no newer revision"
                            + " of the converted schema came (is discovery's drift check running?); the stream paused at"
                            + " revision " + revision + " before that change, and the source keeps every change:"
                            + " resume once the change is converted, or stop this migration and start a new one");
                    return false;
                }
                continue;
            }
            Optional<Throwable> failure = running.failure();
            if (failure.isPresent()) {
                throw new IllegalStateException("the change stream stopped: " + failure.get().getMessage(),
                        failure.get());
            }
            StreamFigures figures = running.figures();
            progress.stream(figures);
            if (!Instant.now().isBefore(nextReport)) {
                nextReport = Instant.now().plus(pacing.lagReportInterval());
                ledger.record(migrationId, row -> { }, new ReplicationLagReported(figures.lagSeconds(),
                        figures.lagBytes(), figures.eventsPerSecond(), figures.rowsPerSecond(),
                        figures.appliedPosition()));
            }
            if (newerRevisionDue(revision)) {
                return true;
            }
        }
        return false;
    }

    private void waitForConversion(String why) {
        String detail = "waiting for the conversion of a source schema change: " + why;
        LOG.infof("migration %s: %s", migrationId, detail);
        progress.holdUp(detail);
        ledger.whileRunning(migrationId, row -> row.reason = detail, null);
    }

    /** Whether a newer revision was converted; asks the control plane every few seconds only. */
    private boolean newerRevisionDue(int revision) {
        Instant now = Instant.now();
        if (now.isBefore(nextDriftCheck)) {
            return false;
        }
        nextDriftCheck = now.plus(DRIFT_CHECK_INTERVAL);
        return convertedRevision(revision) > revision;
    }

    private int convertedRevision(int applied) {
        return ledger.read(migrationId).map(row -> row.convertedRevision).orElse(applied);
    }

    /**
     * Brings the target from {@code applied} to the newest converted revision, one revision at a time; returns the
     * plan to stream with, or empty when it paused (a change that is not additive) or was halted.
     */
    private Optional<ReplicationPlan> catchUp(TargetLedger target, ReplicationPlan applied) throws Exception {
        int converted = convertedRevision(applied.revision());
        if (converted <= applied.revision()) {
            return Optional.of(applied);
        }
        ReplicationPlan newest = revisions.apply(converted);
        if (DriftDecision.of(migrationId, applied.schema(), newest.schema()).action()
                == DriftDecision.Action.ALREADY_ON_TARGET) {
            recordApplied(applied, newest, PlanDifference.between(List.of(), List.of()));
            return Optional.of(newest);
        }
        ReplicationPlan current = applied;
        while (current.revision() < converted) {
            ReplicationPlan next = current.revision() + 1 == converted ? newest : revisions.apply(current.revision() + 1);
            DriftDecision decision = DriftDecision.of(migrationId, current.schema(), next.schema());
            switch (decision.action()) {
                case PAUSE -> {
                    pause(decision.detail());
                    return Optional.empty();
                }
                case ALREADY_ON_TARGET -> recordApplied(current, next, PlanDifference.between(List.of(), List.of()));
                case APPLY -> {
                    if (!applyAdditive(target, current, next)) {
                        return Optional.empty();
                    }
                }
            }
            current = next;
        }
        return Optional.of(current);
    }

    /**
     * The delta as its own ledger part, then the new tables' rows; returns false when halted during their copy (the
     * revision stays unapplied, and the next run finishes it: the delta is not run twice, copied chunks stay).
     */
    private boolean applyAdditive(TargetLedger target, ReplicationPlan applied, ReplicationPlan next)
            throws Exception {
        PlanDifference difference = PlanDifference.between(applied.schema().tables(), next.schema().tables());
        applyDdl(target, next, TargetLedger.DELTA, next.schema().delta());
        if (!difference.addedTables().isEmpty()) {
            progress.holdUp("copying the tables the source added (" + String.join(", ",
                    difference.addedTableNames()) + ") before the stream applies revision " + next.revision());
            boolean complete;
            try {
                complete = copy.copyAddedTables(next, difference.addedTables(), new CopyProgress(next, false),
                        () -> halted);
            } catch (RuntimeException e) {
                throw targetRejected(e).orElse(e);
            }
            if (!complete || halted) {
                return false;
            }
        }
        recordApplied(applied, next, difference);
        return true;
    }

    private void recordApplied(ReplicationPlan applied, ReplicationPlan next, PlanDifference difference) {
        ledger.record(migrationId, row -> row.appliedRevision = next.revision(), new SchemaChangeApplied(
                applied.revision(), next.revision(), difference.addedTableNames(), difference.addedColumns(),
                difference.widenedColumns()));
        LOG.infof("migration %s: revision %d applied while streaming (tables added %s, columns added %s, widened %s)",
                migrationId, next.revision(), difference.addedTableNames(), difference.addedColumns(),
                difference.widenedColumns());
    }

    /** Pauses the stream for a schema change it cannot apply; the source keeps every change (slot, binlog). */
    private void pause(String detail) {
        LOG.warnf("migration %s: %s", migrationId, detail);
        ledger.advance(migrationId, ReplicationState.PAUSED, row -> row.reason = detail,
                new MigrationPaused(MigrationPaused.INCOMPATIBLE_DRIFT, detail));
    }
}
