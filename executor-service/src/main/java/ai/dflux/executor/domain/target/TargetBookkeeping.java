package ai.dflux.executor.domain.target;

/**
 * dflux's own schema in the target database, where the Executor keeps what must commit together with the rows it
 * writes: the copy's snapshot, chunk plans and finished chunks ({@code CopyBookkeeping}), the stream's source offset
 * and schema history ({@code StreamBookkeeping}) and the DDL parts applied ({@link TargetLedger}). Keeping them in
 * the target, not in the control plane, is what makes a chunk or a batch and its bookkeeping one transaction.
 */
public final class TargetBookkeeping {

    public static final String SCHEMA = "dflux_executor";

    private TargetBookkeeping() {
    }
}
