package ai.dflux.executor.domain.copy;

import ai.dflux.contracts.conversion.ColumnPlan;
import ai.dflux.contracts.conversion.TablePlan;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** How one source dialect reads a table's rows for the copy, on a reader connection of a {@link Snapshot}. */
public interface SourceReader {

    /** Fails with the server's message when the table or one of the columns does not exist. */
    void check(Connection reader, TablePlan table, List<ColumnPlan> columns) throws SQLException;

    /** The row count from the source's statistics, or -1 when it has none. */
    long estimatedRows(Connection reader, TablePlan table) throws SQLException;

    /**
     * Whether the source stores a table's rows in primary-key order, so that reading a key range costs no more than
     * reading the same rows in sequence.
     */
    boolean storesRowsInKeyOrder();

    /** Whether chunks of a key of this source type can be planned as integer ranges. */
    boolean isInteger(String sourceType);

    /** Whether key values of this type have a text form that compares like the value (not bytes). */
    boolean hasTextKey(ColumnPlan column);

    /** The smallest and largest value of an integer column, empty for an empty table. */
    Optional<BigInteger[]> integerRange(Connection reader, TablePlan table, ColumnPlan column) throws SQLException;

    /**
     * The key {@code offset} rows after {@code from} (inclusive, null for the table's start) in key order, or empty
     * when the table has no more rows.
     */
    Optional<List<String>> keyAfter(Connection reader, TablePlan table, List<ColumnPlan> keys, List<String> from,
            long offset) throws SQLException;

    /**
     * Streams the chunk's rows of {@code columns} as COPY text rows into {@code out}, in target column order; never
     * holds the whole chunk in memory.
     */
    void copy(Connection reader, TablePlan table, List<ColumnPlan> columns, List<ColumnPlan> keys, Chunk chunk,
            CopyBuffer out) throws SQLException;
}
