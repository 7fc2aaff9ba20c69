package ai.dflux.executor.domain.copy;

import static ai.dflux.executor.domain.db.MariaDbNames.quote;
import static ai.dflux.executor.domain.db.MariaDbNames.table;


import ai.dflux.contracts.conversion.ColumnPlan;
import ai.dflux.contracts.conversion.TablePlan;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads a MySQL/MariaDB source with a streaming SELECT and renders each row as a PostgreSQL COPY text row, applying
 * the value rules column by column. Key bounds are bound as parameters, integers as numbers (a bigint compared with a
 * string would be compared as a double).
 */
final class MariaDbSourceReader implements SourceReader {

    private static final Pattern INTEGER = Pattern.compile("^(tiny|small|medium|big)?int\\b.*|^serial\\b.*");
    private static final Pattern NUMERIC = Pattern.compile("^(decimal|numeric|dec|fixed)\\b.*");
    private static final Pattern BYTES = Pattern.compile("^(binary|varbinary|tinyblob|blob|mediumblob|longblob|bit"
            + "|geometry|point|linestring|polygon|multi.*|geometrycollection)\\b.*");
    private static final int FETCH_ROWS = 1000;

    @Override
    public void check(Connection reader, TablePlan table, List<ColumnPlan> columns) throws SQLException {
        String list = columns.stream().map(c -> quote(c.source())).collect(Collectors.joining(", "));
        try (PreparedStatement query = reader.prepareStatement("SELECT " + list + " FROM " + table(table)
                + " WHERE 1 = 0")) {
            query.executeQuery().close();
        }
    }

    @Override
    public long estimatedRows(Connection reader, TablePlan table) throws SQLException {
        try (PreparedStatement query = reader.prepareStatement("SELECT TABLE_ROWS FROM information_schema.TABLES"
                + " WHERE TABLE_SCHEMA = coalesce(?, DATABASE()) AND TABLE_NAME = ?")) {
            query.setString(1, table.sourceSchema() == null || table.sourceSchema().isEmpty() ? null
                    : table.sourceSchema());
            query.setString(2, table.sourceTable());
            try (ResultSet rows = query.executeQuery()) {
                if (!rows.next()) {
                    return -1;
                }
                long estimate = rows.getLong(1);
                return rows.wasNull() ? -1 : estimate;
            }
        }
    }

    /** InnoDB keeps a table's rows in its clustered primary-key index. */
    @Override
    public boolean storesRowsInKeyOrder() {
        return true;
    }

    @Override
    public boolean isInteger(String sourceType) {
        return sourceType != null && INTEGER.matcher(sourceType.trim().toLowerCase(Locale.ROOT)).matches();
    }

    @Override
    public boolean hasTextKey(ColumnPlan column) {
        return column.sourceType() == null
                || !BYTES.matcher(column.sourceType().trim().toLowerCase(Locale.ROOT)).matches();
    }

    @Override
    public Optional<BigInteger[]> integerRange(Connection reader, TablePlan table, ColumnPlan column)
            throws SQLException {
        String key = quote(column.source());
        try (PreparedStatement query = reader.prepareStatement("SELECT CAST(min(" + key + ") AS CHAR), CAST(max("
                + key + ") AS CHAR) FROM " + table(table));
                ResultSet rows = query.executeQuery()) {
            rows.next();
            return rows.getString(1) == null ? Optional.empty()
                    : Optional.of(new BigInteger[] {new BigInteger(rows.getString(1)), new BigInteger(rows.getString(2))});
        }
    }

    @Override
    public Optional<List<String>> keyAfter(Connection reader, TablePlan table, List<ColumnPlan> keys,
            List<String> from, long offset) throws SQLException {
        List<String> quoted = keys.stream().map(k -> quote(k.source())).toList();
        String where = from == null ? "" : KeyPredicate.where(quoted, new Chunk(0, from, null), (i, v) -> "?");
        String select = quoted.stream().map(k -> "CAST(" + k + " AS CHAR)").collect(Collectors.joining(", "));
        try (PreparedStatement query = reader.prepareStatement("SELECT " + select + " FROM " + table(table) + where
                + " ORDER BY " + String.join(", ", quoted) + " LIMIT 1 OFFSET " + offset)) {
            if (from != null) {
                bind(query, 1, keys, from);
            }
            try (ResultSet rows = query.executeQuery()) {
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
    }

    @Override
    public void copy(Connection reader, TablePlan table, List<ColumnPlan> columns, List<ColumnPlan> keys, Chunk chunk,
            CopyBuffer out) throws SQLException {
        List<MariaDbColumn> readers = columns.stream().map(MariaDbColumn::of).toList();
        List<String> quotedKeys = keys.stream().map(k -> quote(k.source())).toList();
        String sql = "SELECT " + readers.stream().map(MariaDbColumn::expression).collect(Collectors.joining(", "))
                + " FROM " + table(table) + KeyPredicate.where(quotedKeys, chunk, (i, v) -> "?");
        try (PreparedStatement query = reader.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY,
                ResultSet.CONCUR_READ_ONLY)) {
            query.setFetchSize(FETCH_ROWS);
            int parameter = 1;
            if (chunk.lower() != null) {
                parameter = bind(query, parameter, keys, chunk.lower());
            }
            if (chunk.upper() != null) {
                bind(query, parameter, keys, chunk.upper());
            }
            StringBuilder row = new StringBuilder(256);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    row.setLength(0);
                    for (int i = 0; i < readers.size(); i++) {
                        if (i > 0) {
                            row.append('\t');
                        }
                        readers.get(i).append(rows, i + 1, row);
                    }
                    row.append('\n');
                    out.writeRow(row);
                }
            } catch (CopyCancelledException cancelled) {
                query.cancel();
                throw cancelled;
            }
        }
    }

    private int bind(PreparedStatement query, int first, List<ColumnPlan> keys, List<String> values)
            throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            String type = keys.get(i).sourceType() == null ? "" : keys.get(i).sourceType().trim().toLowerCase(Locale.ROOT);
            if (isInteger(type) || NUMERIC.matcher(type).matches()) {
                query.setBigDecimal(first + i, new BigDecimal(values.get(i)));
            } else {
                query.setString(first + i, values.get(i));
            }
        }
        return first + values.size();
    }
}
