package ai.dflux.executor.domain.copy;

import ai.dflux.executor.domain.position.SnapshotPosition;

/**
 * What one run of the initial copy did.
 *
 * @param position where the change stream must start (the snapshot of the first run, also when this run resumed)
 * @param complete whether every chunk of every table is now on the target (false when cancelled)
 * @param chunksCopied chunks this run copied
 * @param chunksSkipped chunks earlier runs had copied already
 * @param readers how many source readers ran in parallel
 */
public record CopyResult(SnapshotPosition position, boolean complete, long rowsCopied, long bytesCopied,
        int chunksCopied, int chunksSkipped, int readers) {
}
