package ai.dflux.executor.domain.stream;

import java.time.Instant;

/**
 * Where a change stream stands.
 *
 * @param appliedEvents source row changes applied to the target since this stream object started
 * @param appliedRows target rows those changes inserted, updated or deleted
 * @param sourceReads queries the apply made to the source for values a change does not carry (a moved row's untouched
 *     TOAST values, MySQL zero dates), since this stream object started
 * @param sourceRowsRead rows those queries looked up by key
 * @param lastPosition the source position of the last committed apply, as people read it; empty before the first
 * @param lastSourceCommit when the source committed the last change applied, or null before the first
 * @param lagSeconds how far the target is behind the source, in seconds, to the millisecond; 0 when caught up (heartbeats keep this true
 *     on an idle source); -1 before the first apply
 * @param lagBytes how many bytes of source log are not yet applied; -1 when the source cannot tell
 * @param failure why the stream stopped, when {@code state} is FAILED or WAITING_FOR_SCHEMA; else null
 */
public record StreamProgress(State state, long appliedEvents, long appliedRows, long sourceReads,
        long sourceRowsRead, String lastPosition,
        Instant lastSourceCommit, double lagSeconds, long lagBytes, String failure) {

    public enum State {
        STARTING, RUNNING, STOPPED, FAILED,
        /** Stopped before a change the plan cannot write whole, until the source schema's conversion arrives. */
        WAITING_FOR_SCHEMA
    }
}
