package ai.dflux.executor.domain;

import ai.dflux.executor.domain.copy.CopyListener;
import ai.dflux.executor.domain.position.SnapshotPosition;
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

    /** Where the stream of a migration whose copy is complete starts. */
    SnapshotPosition position(ReplicationPlan plan) throws Exception;

    /** Removes what the copy created on the source (replication slot, publication); safe to repeat. */
    void dropFromSource(ReplicationPlan plan) throws Exception;

    /** Forgets the copy's bookkeeping in the target (the copied rows stay). */
    void forgetOnTarget(ReplicationPlan plan) throws Exception;
}
