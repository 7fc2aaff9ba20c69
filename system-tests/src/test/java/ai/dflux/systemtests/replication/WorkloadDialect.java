package ai.dflux.systemtests.replication;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * What a {@link SourceWorkload} needs to know of one source dialect: its test schema and how to write the columns whose
 * types only that dialect has. Statements both dialects spell alike live in {@link SourceWorkload}.
 *
 * <p>The schema: {@code type_samples} (one column per interesting type, a large {@code body} text; on PostgreSQL also
 * a {@code NOT NULL} text without default, TOASTed in some rows, which updates leave untouched), {@code accounts}
 * (a plain table large enough for a chunked, interruptible copy) and {@code workload_marker}.
 */
public interface WorkloadDialect {

    /** Rows {@code type_samples} is filled with, ids 1 to this. */
    int SAMPLE_ROWS = 2_000;

    String name();

    /** Creates the three tables and fills {@code type_samples} and {@code accounts} (ids 1 to {@code accountRows}). */
    void createSchema(Connection connection, int accountRows) throws SQLException;

    /** Session settings every workload connection needs (time zone, sql_mode). */
    void prepareSession(Connection connection) throws SQLException;

    /** Inserts a {@code type_samples} row with random values in every column. */
    void insertSample(Connection connection, long id, RandomValues values) throws SQLException;

    /** Updates the ordinary columns of a {@code type_samples} row, leaving {@code body} untouched. */
    void updateSampleColumns(Connection connection, long id, RandomValues values) throws SQLException;

    /** A value for the nullable date {@code accounts.opened}: NULL at times, and the dialect's odd dates. */
    Object openedDate(RandomValues values);
}
