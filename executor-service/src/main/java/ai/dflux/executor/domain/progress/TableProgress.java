package ai.dflux.executor.domain.progress;

import java.time.Duration;
import java.time.Instant;

/** How far the copy of one table is; updated by the copy threads, read by the API and the metrics. */
public final class TableProgress {

    /** {@code BUILDING_KEY}: every row is in, and the primary key taken off for the load is being built. */
    public enum State { WAITING, COPYING, BUILDING_KEY, COPIED }

    private final String sourceTable;
    private final String targetTable;
    private volatile State state = State.WAITING;
    private volatile long estimatedRows;
    private volatile long rowsCopied;
    private volatile long bytesCopied;
    private volatile long rowsAtStart;
    private volatile Instant startedAt;
    private volatile Instant finishedAt;

    public TableProgress(String sourceTable, String targetTable) {
        this.sourceTable = sourceTable;
        this.targetTable = targetTable;
    }

    /** The copy of this table (re)starts; rows of chunks finished before a restart are already counted. */
    public synchronized void started(long estimatedRows, long rowsAlreadyCopied, long bytesAlreadyCopied) {
        this.estimatedRows = estimatedRows;
        this.rowsCopied = rowsAlreadyCopied;
        this.bytesCopied = bytesAlreadyCopied;
        this.rowsAtStart = rowsAlreadyCopied;
        this.startedAt = Instant.now();
        this.state = State.COPYING;
    }

    public synchronized void chunkCopied(long rows, long bytes) {
        rowsCopied += rows;
        bytesCopied += bytes;
    }

    public void buildingKey() {
        state = State.BUILDING_KEY;
    }

    public synchronized void copied(long rows, long bytes) {
        rowsCopied = rows;
        bytesCopied = bytes;
        finishedAt = Instant.now();
        state = State.COPIED;
    }

    /**
     * Seconds left at the rate of this run, from the source's row estimate; null before the first chunk, when the
     * estimate is unknown, and while the key is built (no rate tells how long that takes). A table copied further
     * than its estimate says 0.
     */
    public Long etaSeconds() {
        if (state == State.COPIED) {
            return 0L;
        }
        if (state == State.BUILDING_KEY) {
            return null;
        }
        Instant started = startedAt;
        long done = rowsCopied - rowsAtStart;
        if (started == null || done <= 0 || estimatedRows <= 0) {
            return null;
        }
        double seconds = Duration.between(started, Instant.now()).toMillis() / 1000.0;
        long left = Math.max(0, estimatedRows - rowsCopied);
        return Math.round(left / (done / Math.max(seconds, 0.001)));
    }

    public double seconds() {
        Instant started = startedAt;
        if (started == null) {
            return 0;
        }
        Instant end = finishedAt == null ? Instant.now() : finishedAt;
        return Duration.between(started, end).toMillis() / 1000.0;
    }

    public String sourceTable() {
        return sourceTable;
    }

    public String targetTable() {
        return targetTable;
    }

    public State state() {
        return state;
    }

    public long estimatedRows() {
        return estimatedRows;
    }

    public long rowsCopied() {
        return rowsCopied;
    }

    public long bytesCopied() {
        return bytesCopied;
    }
}
