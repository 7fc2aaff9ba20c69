package ai.dflux.executor.domain.copy;

import static ai.dflux.executor.domain.db.PostgresTables.quote;

import ai.dflux.contracts.conversion.ColumnPlan;
import ai.dflux.contracts.conversion.TablePlan;
import ai.dflux.executor.domain.db.PostgresFromItems;
import ai.dflux.executor.domain.db.PostgresTables;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyOut;

/**
 * Reads a PostgreSQL source with {@code COPY (SELECT ...) TO STDOUT}: the server's own text rows go unchanged into
 * the target's COPY, which reads the same text format. Each table's own rows are read
 * ({@link PostgresTables#ownRows}). One reader serves one copy, whose chunks read in parallel.
 */
final class PostgresSourceReader implements SourceReader {

    private static final Set<String> INTEGER_TYPES = Set.of("smallint", "integer", "bigint", "int2", "int4", "int8");
    private static final Set<String> BYTE_TYPES = Set.of("bytea");
    /** The table, and below a partitioned table its partitions, down to the leaves that store the rows. */
    private static final String ESTIMATED_ROWS = """
            WITH RECURSIVE part(oid, relkind) AS (
                SELECT oid, relkind FROM pg_class WHERE oid = to_regclass(?)
                UNION ALL
                SELECT c.oid, c.relkind FROM part p
                JOIN pg_inherits i ON i.inhparent = p.oid JOIN pg_class c ON c.oid = i.inhrelid
                WHERE p.relkind = 'p'
            )
            SELECT CASE WHEN bool_or(c.reltuples < 0) THEN -1 ELSE sum(c.reltuples)::bigint END
            FROM part p JOIN pg_class c ON c.oid = p.oid WHERE p.relkind <> 'p'
            """;

    private final PostgresFromItems fromItems = new PostgresFromItems();

    static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    private static String columnList(List<ColumnPlan> columns) {
        return columns.stream().map(c -> quote(c.source())).collect(Collectors.joining(", "));
    }

    @Override
    public void check(Connection reader, TablePlan table, List<ColumnPlan> columns) throws SQLException {
        try (Statement statement = reader.createStatement()) {
            statement.executeQuery("SELECT " + columnList(columns) + " FROM " + PostgresTables.name(table)
                    + " WHERE false").close();
        }
    }

    /**
     * The planner's {@code reltuples}: a table's own rows, the sum over its leaf partitions for a partitioned table
     * (which stores none itself), and -1 (unknown) where any of them was never analyzed (PostgreSQL 14 and later).
     */
    @Override
    public long estimatedRows(Connection reader, TablePlan table) throws SQLException {
        try (PreparedStatement query = reader.prepareStatement(ESTIMATED_ROWS)) {
            query.setString(1, PostgresTables.name(table));
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() && rows.getObject(1) != null ? Math.max(-1, rows.getLong(1)) : -1;
            }
        }
    }

    /** A heap table: a key range is read through the index, a row at a time. */
    @Override
    public boolean storesRowsInKeyOrder() {
        return false;
    }

    @Override
    public boolean isInteger(String sourceType) {
        return sourceType != null && INTEGER_TYPES.contains(sourceType.trim().toLowerCase());
    }

    @Override
    public boolean hasTextKey(ColumnPlan column) {
        return column.sourceType() == null || !BYTE_TYPES.contains(column.sourceType().trim().toLowerCase());
    }

    @Override
    public Optional<BigInteger[]> integerRange(Connection reader, TablePlan table, ColumnPlan column)
            throws SQLException {
        String key = quote(column.source());
        String rowsOf = fromItems.ownRows(reader, table);
        try (Statement statement = reader.createStatement();
                ResultSet rows = statement.executeQuery("SELECT min(" + key + ")::text, max(" + key + ")::text FROM "
                        + rowsOf)) {
            rows.next();
            return rows.getString(1) == null ? Optional.empty()
                    : Optional.of(new BigInteger[] {new BigInteger(rows.getString(1)), new BigInteger(rows.getString(2))});
        }
    }

    @Override
    public Optional<List<String>> keyAfter(Connection reader, TablePlan table, List<ColumnPlan> keys,
            List<String> from, long offset) throws SQLException {
        List<String> quoted = keys.stream().map(k -> quote(k.source())).toList();
        String where = from == null ? "" : KeyPredicate.where(quoted, new Chunk(0, from, null), (i, v) -> literal(v));
        String select = quoted.stream().map(k -> k + "::text").collect(Collectors.joining(", "));
        String rowsOf = fromItems.ownRows(reader, table);
        try (Statement statement = reader.createStatement();
                ResultSet rows = statement.executeQuery("SELECT " + select + " FROM " + rowsOf + where
                        + " ORDER BY " + String.join(", ", quoted) + " OFFSET " + offset + " LIMIT 1")) {
            if (!rows.next()) {
                return Optional.empty();
            }
            List<String> key = new ArrayList<>();
            for (int i = 1; i <= keys.size(); i++) {
                key.add(rows.getString(i));
            }
            return Optional.of(key);
        }
    }

    @Override
    public void copy(Connection reader, TablePlan table, List<ColumnPlan> columns, List<ColumnPlan> keys, Chunk chunk,
            CopyBuffer out) throws SQLException {
        List<String> quotedKeys = keys.stream().map(k -> quote(k.source())).toList();
        String sql = "COPY (SELECT " + columnList(columns) + " FROM " + fromItems.ownRows(reader, table)
                + KeyPredicate.where(quotedKeys, chunk, (i, v) -> literal(v)) + ") TO STDOUT";
        CopyOut copyOut = reader.unwrap(PGConnection.class).getCopyAPI().copyOut(sql);
        try {
            byte[] row;
            while ((row = copyOut.readFromCopy()) != null) {
                if (out.isCancelled()) {
                    throw new CopyCancelledException();
                }
                out.write(row, 0, row.length);
            }
        } catch (SQLException | RuntimeException e) {
            stop(copyOut);
            throw e;
        }
    }

    /** Ends an unfinished COPY OUT; its own failure would hide the reason it was stopped. */
    private static void stop(CopyOut copyOut) {
        try {
            if (copyOut.isActive()) {
                copyOut.cancelCopy();
            }
        } catch (SQLException ignored) {
            // the reader's transaction is aborted either way, and the copy stops
        }
    }
}
