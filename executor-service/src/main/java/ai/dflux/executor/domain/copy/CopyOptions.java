package ai.dflux.executor.domain.copy;

/**
 * How the initial copy runs.
 *
 * @param parallelism how many chunks are copied at once, each on its own source reader and target connection
 * @param chunkRows about how many rows one chunk holds (a chunk is one target transaction)
 * @param bufferBytes how many bytes of COPY rows are gathered before they are sent to the target
 */
public record CopyOptions(int parallelism, long chunkRows, int bufferBytes) {

    public static final CopyOptions DEFAULTS = new CopyOptions(2, 200_000, 1 << 20);

    public CopyOptions {
        if (parallelism < 1 || chunkRows < 1 || bufferBytes < 1) {
            throw new IllegalArgumentException("parallelism, chunkRows and bufferBytes must be positive: " + parallelism
                    + ", " + chunkRows + ", " + bufferBytes);
        }
    }

    public CopyOptions withParallelism(int value) {
        return new CopyOptions(value, chunkRows, bufferBytes);
    }

    public CopyOptions withChunkRows(long value) {
        return new CopyOptions(parallelism, value, bufferBytes);
    }
}
