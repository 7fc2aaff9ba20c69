package ai.dflux.executor.domain.copy;

/**
 * How the initial copy runs.
 *
 * @param parallelism how many chunks are copied at once, each on its own source reader and target connection
 * @param chunkRows about how many rows one chunk holds (a chunk is one target transaction)
 * @param bufferBytes how many bytes of COPY rows are gathered before they are sent to the target
 * @param wholeTableRows a table of a source whose key ranges are read through an index (PostgreSQL) is copied whole,
 *     in one sequential read, when the source estimates it at no more rows than this; 0 splits every table with a key
 */
public record CopyOptions(int parallelism, long chunkRows, int bufferBytes, long wholeTableRows) {

    public static final CopyOptions DEFAULTS = new CopyOptions(2, 200_000, 1 << 20, 10_000_000);

    public CopyOptions {
        if (parallelism < 1 || chunkRows < 1 || bufferBytes < 1 || wholeTableRows < 0) {
            throw new IllegalArgumentException("parallelism, chunkRows and bufferBytes must be positive and"
                    + " wholeTableRows not negative: " + parallelism + ", " + chunkRows + ", " + bufferBytes + ", "
                    + wholeTableRows);
        }
    }

    public CopyOptions withParallelism(int value) {
        return new CopyOptions(value, chunkRows, bufferBytes, wholeTableRows);
    }

    public CopyOptions withChunkRows(long value) {
        return new CopyOptions(parallelism, value, bufferBytes, wholeTableRows);
    }

    public CopyOptions withWholeTableRows(long value) {
        return new CopyOptions(parallelism, chunkRows, bufferBytes, value);
    }
}
