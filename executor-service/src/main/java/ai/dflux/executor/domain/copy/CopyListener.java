package ai.dflux.executor.domain.copy;

import ai.dflux.contracts.conversion.TablePlan;
import ai.dflux.executor.domain.position.SnapshotPosition;

/**
 * What the initial copy reports while it runs; the orchestrator turns it into events, metrics and an ETA. Called from
 * the copy's worker threads. An exception thrown here stops the copy (chunks committed so far stay).
 */
public interface CopyListener {

    CopyListener NONE = new CopyListener() {
    };

    /** The snapshot is open: a new one, or after an interrupted run the first run's position kept for the stream. */
    default void snapshotOpened(SnapshotPosition position, boolean resumed) {
    }

    /** The table's chunks are planned; {@code estimatedRows} comes from the source's statistics (-1 if unknown). */
    default void tableStarted(TablePlan table, long estimatedRows, int chunks, int chunksAlreadyCopied) {
    }

    /** One chunk is committed on the target together with its bookkeeping row. */
    default void chunkFinished(TablePlan table, int chunkNo, long rows, long bytes) {
    }

    /** Every row of the table is on the target, and the primary key taken off for the load is being built. */
    default void keyBuildStarted(TablePlan table) {
    }

    /** Every chunk of the table is on the target; totals include chunks copied by earlier, interrupted runs. */
    default void tableFinished(TablePlan table, long totalRows, long totalBytes, double seconds) {
    }
}
