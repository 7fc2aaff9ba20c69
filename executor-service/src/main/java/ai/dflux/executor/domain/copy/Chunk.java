package ai.dflux.executor.domain.copy;

import java.util.List;

/**
 * One part of a source table, by its primary key: from {@code lower} (inclusive) to {@code upper} (exclusive), each a
 * key tuple in text form, or null for an open end. A table without a usable key is one chunk with both ends open.
 */
record Chunk(int number, List<String> lower, List<String> upper) {

    Chunk {
        lower = lower == null ? null : List.copyOf(lower);
        upper = upper == null ? null : List.copyOf(upper);
    }

    static Chunk whole() {
        return new Chunk(0, null, null);
    }

    boolean bounded() {
        return lower != null || upper != null;
    }

    @Override
    public String toString() {
        return "chunk " + number + " [" + (lower == null ? "start" : String.join(",", lower)) + " .. "
                + (upper == null ? "end" : String.join(",", upper)) + ")";
    }
}
