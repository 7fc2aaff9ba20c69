package ai.dflux.systemtests.replication;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * One database of a {@link TableComparison}, in its dialect: its tables, columns and keys from
 * {@code information_schema}, and the SQL expression that reads a column as text a {@link ValueKind} understands.
 */
public interface ComparedSide {

    /** A connection set up for reading (UTC session, streaming fetches). */
    Connection open() throws SQLException;

    List<String> tables(Connection connection, String schema) throws SQLException;

    /** The columns in their ordinal order. */
    List<SourceColumn> columns(Connection connection, String schema, String table) throws SQLException;

    /** The primary key's columns in key order; empty if the table has none. */
    List<String> primaryKey(Connection connection, String schema, String table) throws SQLException;

    /** The select-list expression that reads {@code column} for comparison as {@code kind}. */
    String expression(SourceColumn column, ValueKind kind);

    /**
     * The ORDER BY term for a key column compared as {@code kind}, in an order Java's string order agrees with; the
     * column is qualified with {@link TableComparison#ROW_ALIAS}, since a bare name would sort by the select list's
     * text expression of the same name.
     */
    String orderTerm(SourceColumn column, ValueKind kind);

    String quote(String identifier);

    /** Reads the value the expression gave, as text for {@link ValueKind#canonical}. */
    default String read(ResultSet rows, int index, SourceColumn column, ValueKind kind) throws SQLException {
        if (kind == ValueKind.FLOAT) {
            Object value = rows.getObject(index);
            return value == null ? null : Double.toString(((Number) value).doubleValue());
        }
        return rows.getString(index);
    }
}
