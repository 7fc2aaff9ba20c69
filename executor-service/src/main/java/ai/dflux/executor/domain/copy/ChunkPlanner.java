package ai.dflux.executor.domain.copy;

import ai.dflux.contracts.conversion.ColumnPlan;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Splits a table into chunks of about {@code chunkRows} rows by its primary key: value ranges between the smallest
 * and largest key for a single integer key, every {@code chunkRows}-th key in key order (keyset) for other keys, and
 * one chunk for a table without a key or with a key of bytes. A source that does not store rows in key order reads a
 * key range through the index, so there a table of at most {@code wholeTableRows} estimated rows is one chunk, read in
 * sequence.
 */
final class ChunkPlanner {

    static final int MAX_CHUNKS = 10_000;
    private static final BigInteger SPARSE_FACTOR = BigInteger.valueOf(4);

    private final SourceReader source;
    private final long chunkRows;
    private final long wholeTableRows;

    ChunkPlanner(SourceReader source, long chunkRows, long wholeTableRows) {
        this.source = source;
        this.chunkRows = chunkRows;
        this.wholeTableRows = wholeTableRows;
    }

    List<Chunk> plan(Connection reader, TableWork table, long estimatedRows) throws SQLException {
        List<ColumnPlan> keys = table.keys();
        if (keys.isEmpty() || !keys.stream().allMatch(source::hasTextKey) || readWhole(estimatedRows)) {
            return List.of(Chunk.whole());
        }
        if (keys.size() == 1 && source.isInteger(keys.get(0).sourceType())) {
            Optional<BigInteger[]> range = source.integerRange(reader, table.plan(), keys.get(0));
            if (range.isEmpty()) {
                return List.of(Chunk.whole());
            }
            if (!sparse(range.get(), estimatedRows)) {
                return integerRanges(range.get()[0], range.get()[1], estimatedRows);
            }
        }
        return keyset(reader, table);
    }

    /** An unknown estimate (-1) splits the table: the copy stays resumable chunk by chunk. */
    boolean readWhole(long estimatedRows) {
        return wholeTableRows > 0 && !source.storesRowsInKeyOrder() && estimatedRows >= 0
                && estimatedRows <= wholeTableRows;
    }

    /**
     * Keys spread far wider than the rows (a few high ids after many low ones) would put most rows in one equal-width
     * range, so such a table is split by keyset instead.
     */
    static boolean sparse(BigInteger[] range, long estimatedRows) {
        BigInteger span = range[1].subtract(range[0]).add(BigInteger.ONE);
        return estimatedRows > 0 && span.compareTo(BigInteger.valueOf(estimatedRows).multiply(SPARSE_FACTOR)) > 0;
    }

    List<Chunk> integerRanges(BigInteger min, BigInteger max, long estimatedRows) {
        BigInteger span = max.subtract(min).add(BigInteger.ONE);
        BigInteger rows = estimatedRows > 0 ? span.min(BigInteger.valueOf(estimatedRows)) : span;
        BigInteger perChunk = BigInteger.valueOf(chunkRows);
        long count = rows.add(perChunk).subtract(BigInteger.ONE).divide(perChunk)
                .min(BigInteger.valueOf(MAX_CHUNKS)).max(BigInteger.ONE).longValueExact();
        BigInteger width = span.add(BigInteger.valueOf(count - 1)).divide(BigInteger.valueOf(count));
        List<String> boundaries = new ArrayList<>();
        for (long i = 1; i < count; i++) {
            BigInteger boundary = min.add(width.multiply(BigInteger.valueOf(i)));
            if (boundary.compareTo(max) > 0) {
                break;
            }
            boundaries.add(boundary.toString());
        }
        return chunks(boundaries.stream().map(List::of).toList());
    }

    private List<Chunk> keyset(Connection reader, TableWork table) throws SQLException {
        List<List<String>> boundaries = new ArrayList<>();
        List<String> from = null;
        while (boundaries.size() < MAX_CHUNKS - 1) {
            Optional<List<String>> next = source.keyAfter(reader, table.plan(), table.keys(), from, chunkRows);
            if (next.isEmpty()) {
                break;
            }
            from = next.get();
            boundaries.add(from);
        }
        return chunks(boundaries);
    }

    /** Chunks between consecutive boundaries; the first starts at the table's start, the last runs to its end. */
    private static List<Chunk> chunks(List<List<String>> boundaries) {
        List<Chunk> chunks = new ArrayList<>();
        List<String> lower = null;
        for (List<String> boundary : boundaries) {
            chunks.add(new Chunk(chunks.size(), lower, boundary));
            lower = boundary;
        }
        chunks.add(new Chunk(chunks.size(), lower, null));
        return chunks;
    }
}
