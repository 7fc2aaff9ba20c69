package ai.dflux.executor.domain;

import ai.dflux.executor.domain.position.SnapshotPosition;
import ai.dflux.executor.domain.progress.StreamFigures;
import java.util.Optional;

/** Change data capture from a snapshot's position on, applied to the target exactly once. */
public interface StreamStage {

    /** A running stream. */
    interface RunningStream extends AutoCloseable {
        /** The source position it (re)started from. */
        String startPosition();

        /** Whether it continues from an offset committed before a restart. */
        boolean resumed();

        StreamFigures figures();

        /**
         * Why it stopped before a change its plan cannot write whole (a source column or table the converted schema
         * lacks), if it did: it then waits for the source schema's next revision, nothing of that change applied.
         */
        Optional<String> waitingForSchema();

        /** Why it stopped on its own, if it did (other than {@link #waitingForSchema()}). */
        Optional<Throwable> failure();

        /** Stops it; every batch is either committed with its offset or not at all. */
        @Override
        void close();
    }

    /** Starts streaming from {@code from}, or from the position committed on the target when there is one. */
    RunningStream start(ReplicationPlan plan, SnapshotPosition from) throws Exception;

    /** The Debezium connector name shown in {@code StreamingStarted}. */
    String connectorOf(ReplicationPlan plan);

    /** Forgets the committed source position and schema history in the target (the applied rows stay). */
    void forgetOnTarget(ReplicationPlan plan) throws Exception;
}
