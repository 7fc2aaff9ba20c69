package ai.dflux.executor.domain;

import ai.dflux.executor.domain.position.SnapshotPosition;
import ai.dflux.executor.domain.progress.ReplicationProgress;
import ai.dflux.executor.domain.target.TargetLedger;
import java.util.function.BooleanSupplier;

/** The initial copy of a migration's tables under one consistent snapshot. */
public interface CopyStage {

    /** A consistent snapshot of the source to copy from, and where the change stream starts. */
    interface OpenSnapshot extends AutoCloseable {
        SnapshotPosition position();

        @Override
        void close();
    }

    /**
     * Opens the snapshot the copy reads: the first time, a new one whose position becomes the stream's start; after a
     * restart, the stream's start is kept (the source still holds every change since) and the chunks not yet copied
     * are read from a fresh snapshot, which the stream's idempotent replay brings up to date.
     *
     * @param started the position taken by an earlier, interrupted copy, or null
     */
    OpenSnapshot open(ReplicationPlan plan, SnapshotPosition started) throws Exception;

    /** Copies every chunk not yet recorded in the target; returns when all are copied or {@code halted} says so. */
    void copy(ReplicationPlan plan, OpenSnapshot snapshot, ReplicationProgress progress, CopyEvents events,
            BooleanSupplier halted) throws Exception;

    /** Removes what the copy created on the source (replication slot, publication). */
    void dropFromSource(ReplicationPlan plan) throws Exception;

    /** What the copy announces. */
    interface CopyEvents {
        void tableCopied(String sourceTable, String targetTable, long rows, long bytes, double seconds);
    }
}
