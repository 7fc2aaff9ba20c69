package ai.dflux.executor.domain;

import ai.dflux.executor.domain.copy.CopyListener;
import ai.dflux.executor.domain.position.SnapshotPosition;
import ai.dflux.contracts.conversion.TablePlan;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/** The initial copy of a migration's tables under one consistent snapshot. */
public interface CopyStage {

    /**
     * Copies every chunk not yet on the target, resuming an interrupted copy; returns where the change stream starts,
     * or empty when {@code halted} stopped it first (the chunks committed so far stay).
     */
    Optional<SnapshotPosition> copy(ReplicationPlan plan, CopyListener listener, BooleanSupplier halted)
            throws Exception;

    /**
     * Copies tables added to a streaming migration, after making their changes visible to its stream, under a fresh
     * snapshot; chunks copied before an interruption stay. Returns whether every table is complete ({@code halted}
     * stops it early).
     */
    boolean copyAddedTables(ReplicationPlan plan, List<TablePlan> tables, CopyListener listener,
            BooleanSupplier halted) throws Exception;

    /** Where the stream of a migration whose copy is complete starts. */
    SnapshotPosition position(ReplicationPlan plan) throws Exception;

    /** Removes what the copy created on the source (replication slot, publication); safe to repeat. */
    void dropFromSource(ReplicationPlan plan) throws Exception;

    /** Forgets the copy's bookkeeping in the target (the copied rows stay). */
    void forgetOnTarget(ReplicationPlan plan) throws Exception;
}
