package ai.dflux.executor.domain;

import java.util.EnumSet;
import java.util.Set;

/** Where the Executor stands with one migration. */
public enum ReplicationState {
    /** Known, but no schema is converted yet. */
    WAITING_FOR_CONVERSION,
    /** The source entered as a schema script (Oracle): there are no rows to copy and no changes to stream. */
    SCHEMA_ONLY,
    /** Converted; the migration asked to be started through the API. */
    WAITING_FOR_START,
    /** Converted and due to start. */
    READY,
    COPYING,
    STREAMING,
    /** Changes wait on the source (the slot or the binlog keeps them) until resumed. */
    PAUSED,
    /** Stopped for good; what dflux created on the source is removed. */
    STOPPED,
    FAILED;

    /** The states a worker keeps running: a crash or a restart resumes them. */
    public static final Set<ReplicationState> RUNNING = EnumSet.of(READY, COPYING, STREAMING);

    public boolean isRunning() {
        return RUNNING.contains(this);
    }
}
