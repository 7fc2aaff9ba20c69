package ai.dflux.executor.domain.stream;

import java.util.concurrent.atomic.AtomicLong;

/**
 * What the apply has read back from the source so far: the queries and the rows they looked up. Counted by the
 * applier's thread, read by whoever reports the stream's figures.
 */
final class SourceReadCount {

    private final AtomicLong queries = new AtomicLong();
    private final AtomicLong rows = new AtomicLong();

    /** One query that looked up {@code rowsLookedUp} rows by key. */
    void counted(int rowsLookedUp) {
        queries.incrementAndGet();
        rows.addAndGet(rowsLookedUp);
    }

    long queries() {
        return queries.get();
    }

    long rows() {
        return rows.get();
    }
}
