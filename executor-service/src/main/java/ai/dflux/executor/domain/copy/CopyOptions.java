package ai.dflux.executor.domain.copy;

/**
 * How the initial copy runs.
 *
 * @param parallelism how many chunks are copied at once, each on its own source reader and target connection
 * @param chunkRows about how many rows one chunk holds (a chunk is one target transaction)
 * @param bufferBytes how many bytes of COPY rows are gathered before they are sent to the target
 * @param wholeTableRows a table of a source whose key ranges are read through an index (PostgreSQL) is copied whole,
 *     in one sequential read, when the source estimates it at no more rows than this; 0 splits every table with a key
 * @param keyAfterRows a table the source estimates at this many rows or more is loaded without its primary key, which
 *     is built once the rows are in; 0 for every table, {@link Long#MAX_VALUE} to keep every key during the load
 */
public record CopyOptions(int parallelism, long chunkRows, int bufferBytes, long wholeTableRows, long keyAfterRows) {

    public static final CopyOptions DEFAULTS = new CopyOptions(2, 200_000, 1 << 20, 10_000_000, 100_000);

    public CopyOptions {
        if (parallelism < 1 || chunkRows < 1 || bufferBytes < 1 || wholeTableRows < 0 || keyAfterRows < 0) {
            throw new IllegalArgumentException("parallelism, chunkRows and bufferBytes must be positive and"
                    + " wholeTableRows and keyAfterRows not negative: " + parallelism + ", " + chunkRows + ", "
                    + bufferBytes + ", " + wholeTableRows + ", " + keyAfterRows);
        }
    }

    /** Whether a table of this estimated size is loaded before its primary key is built. */
    boolean keyAfterLoad(long estimatedRows) {
        return keyAfterRows == 0 || estimatedRows >= keyAfterRows;
    }

    public CopyOptions withParallelism(int value) {
        return new CopyOptions(value, chunkRows, bufferBytes, wholeTableRows, keyAfterRows);
    }

    public CopyOptions withChunkRows(long value) {
        return new CopyOptions(parallelism, value, bufferBytes, wholeTableRows, keyAfterRows);
    }

    public CopyOptions withWholeTableRows(long value) {
        return new CopyOptions(parallelism, chunkRows, bufferBytes, value, keyAfterRows);
    }

    public CopyOptions withKeyAfterRows(long value) {
        return new CopyOptions(parallelism, chunkRows, bufferBytes, wholeTableRows, value);
    }
}
