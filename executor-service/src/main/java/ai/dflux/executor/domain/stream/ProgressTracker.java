package ai.dflux.executor.domain.stream;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * The applier's counters and the time arithmetic of the lag. The lag is the time between a source commit and its
 * apply, taken at the last apply; when nothing was applied for longer than the heartbeats allow, the silence counts too,
 * so a stalled stream shows a growing lag while an idle one, kept moving by heartbeats, shows 0.
 */
final class ProgressTracker {

    private final Clock clock;
    private final Duration silenceAllowed;
    private long appliedEvents;
    private long appliedRows;
    private Map<String, ?> lastOffset;
    private Instant lastSourceCommit;
    private Instant lastApplyLag;
    private Instant lastApply;
    private Duration lagAtLastApply = Duration.ZERO;

    ProgressTracker(Clock clock, Duration heartbeatInterval) {
        this.clock = clock;
        this.silenceAllowed = heartbeatInterval.multipliedBy(3);
    }

    /**
     * Records one committed apply.
     *
     * @param sourceTime the source time of the newest change or heartbeat in the apply, or null when it carried none
     * @param changeTime the source commit time of the newest row change in it, or null when it carried none
     */
    synchronized void applied(long events, long rows, Map<String, ?> offset, Instant sourceTime, Instant changeTime) {
        Instant now = clock.instant();
        appliedEvents += events;
        appliedRows += rows;
        if (offset != null) {
            lastOffset = offset;
        }
        if (changeTime != null) {
            lastSourceCommit = changeTime;
        }
        lastApply = now;
        if (sourceTime != null) {
            lastApplyLag = sourceTime;
            lagAtLastApply = positive(Duration.between(sourceTime, now));
        }
    }

    synchronized long appliedEvents() {
        return appliedEvents;
    }

    synchronized long appliedRows() {
        return appliedRows;
    }

    synchronized Map<String, ?> lastOffset() {
        return lastOffset;
    }

    synchronized Instant lastSourceCommit() {
        return lastSourceCommit;
    }

    /** The lag in seconds, to the millisecond; -1 before the first apply that carried a source time. */
    synchronized double lagSeconds() {
        if (lastApply == null || lastApplyLag == null) {
            return -1;
        }
        Duration silence = positive(Duration.between(lastApply, clock.instant()).minus(silenceAllowed));
        return lagAtLastApply.plus(silence).toMillis() / 1000.0;
    }

    private static Duration positive(Duration duration) {
        return duration.isNegative() ? Duration.ZERO : duration;
    }
}
