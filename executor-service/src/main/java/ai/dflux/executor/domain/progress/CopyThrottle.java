package ai.dflux.executor.domain.progress;

/**
 * Keeps a copy under a rows-per-second ceiling, so a busy source is not read harder than its owner allows: after each
 * chunk, the copy thread waits until the rows copied so far fit the ceiling. A ceiling of 0 lets the copy run free.
 */
public final class CopyThrottle {

    private final long maxRowsPerSecond;
    private final long startedNanos = System.nanoTime();
    private long rows;

    public CopyThrottle(long maxRowsPerSecond) {
        this.maxRowsPerSecond = maxRowsPerSecond;
    }

    /** Counts a finished chunk's rows and waits as long as the ceiling asks. */
    public void pace(long chunkRows) throws InterruptedException {
        if (maxRowsPerSecond <= 0) {
            return;
        }
        long waitNanos;
        synchronized (this) {
            rows += chunkRows;
            long dueNanos = rows * 1_000_000_000L / maxRowsPerSecond;
            waitNanos = dueNanos - (System.nanoTime() - startedNanos);
        }
        if (waitNanos > 0) {
            Thread.sleep(waitNanos / 1_000_000L, (int) (waitNanos % 1_000_000L));
        }
    }
}
