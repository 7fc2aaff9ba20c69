package ai.dflux.executor.domain.copy;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Copies one chunk from a source reader into the target with {@code COPY ... FROM STDIN} and records it in the same
 * target transaction: a chunk is on the target with its bookkeeping row, or not at all.
 */
final class ChunkCopier {

    private final UUID migrationId;
    private final SourceReader source;
    private final int bufferBytes;
    private final BooleanSupplier cancelled;

    ChunkCopier(UUID migrationId, SourceReader source, int bufferBytes, BooleanSupplier cancelled) {
        this.migrationId = migrationId;
        this.source = source;
        this.bufferBytes = bufferBytes;
        this.cancelled = cancelled;
    }

    /** Returns the rows and bytes copied. */
    long[] copy(Connection reader, Connection target, TableWork table, Chunk chunk) {
        CopyIn copyIn = null;
        try {
            copyIn = target.unwrap(PGConnection.class).getCopyAPI().copyIn(table.copyIn());
            long bytes;
            try (CopyBuffer buffer = new CopyBuffer(copyIn, bufferBytes, cancelled)) {
                source.copy(reader, table.plan(), table.columns(), table.keys(), chunk, buffer);
                buffer.finish();
                bytes = buffer.bytes();
            }
            long rows = copyIn.endCopy();
            CopyBookkeeping.recordChunk(target, migrationId, table.sourceName(), chunk.number(), rows, bytes);
            target.commit();
            return new long[] {rows, bytes};
        } catch (SQLException | RuntimeException e) {
            abandon(target, copyIn);
            if (e instanceof CopyCancelledException || cancelled.getAsBoolean()) {
                // stopping surfaces as whatever the interrupted driver call throws
                throw new CopyCancelledException();
            }
            throw new CopyException("copy of source table " + table.sourceName() + ", " + chunk + ", into "
                    + table.targetName() + " failed: " + e.getMessage(), e);
        }
    }

    private static void abandon(Connection target, CopyIn copyIn) {
        try {
            if (copyIn != null && copyIn.isActive()) {
                copyIn.cancelCopy();
            }
        } catch (SQLException ignored) {
            // the rollback below ends the transaction either way
        }
        try {
            target.rollback();
        } catch (SQLException ignored) {
            // a broken connection has no transaction left to end
        }
    }
}
