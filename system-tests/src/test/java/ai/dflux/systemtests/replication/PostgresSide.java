package ai.dflux.systemtests.replication;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** A PostgreSQL source or target. */
public final class PostgresSide implements ComparedSide {

    private final DataSource dataSource;

    public PostgresSide(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Connection open() throws SQLException {
        Connection connection = dataSource.getConnection();
        Sql.execute(connection, "SET TIME ZONE 'UTC'", "SET extra_float_digits = 3");
        connection.setAutoCommit(false); // a cursor: the driver fetches rows in batches only inside a transaction
        connection.setReadOnly(true);
        return connection;
    }

    @Override
    public List<String> tables(Connection connection, String schema) throws SQLException {
        return strings(connection, "SELECT table_name FROM information_schema.tables WHERE table_schema = ?"
                + " AND table_type = 'BASE TABLE' ORDER BY table_name", schema, null);
    }

    @Override
    public List<SourceColumn> columns(Connection connection, String schema, String table) throws SQLException {
        List<SourceColumn> columns = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT column_name, data_type,"
                + " coalesce(character_maximum_length, numeric_precision, 0) FROM information_schema.columns"
                + " WHERE table_schema = ? AND table_name = ? ORDER BY ordinal_position")) {
            query.setString(1, schema);
            query.setString(2, table);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    columns.add(new SourceColumn(rows.getString(1), rows.getString(2), rows.getInt(3)));
                }
            }
        }
        return columns;
    }

    @Override
    public List<String> primaryKey(Connection connection, String schema, String table) throws SQLException {
        return strings(connection, """
                SELECT a.attname FROM pg_index i
                JOIN pg_class c ON c.oid = i.indrelid JOIN pg_namespace n ON n.oid = c.relnamespace
                JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, position) ON true
                JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum
                WHERE i.indisprimary AND n.nspname = ? AND c.relname = ? ORDER BY k.position""", schema, table);
    }

    @Override
    public String expression(SourceColumn column, ValueKind kind) {
        String c = quote(column.name());
        return switch (kind) {
            case BYTES -> "encode(" + c + ", 'hex')";
            case INSTANT -> "(" + c + " AT TIME ZONE 'UTC')::text";
            case ARRAY -> "array_to_json(" + c + ")::text";
            case INTERVAL -> "extract(epoch FROM " + c + ")::text";
            case FLOAT -> c;
            default -> c + "::text";
        };
    }

    @Override
    public String orderTerm(SourceColumn column, ValueKind kind) {
        String c = TableComparison.ROW_ALIAS + "." + quote(column.name());
        return kind == ValueKind.NUMBER ? c : c + "::text COLLATE \"C\"";
    }

    @Override
    public String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    private static List<String> strings(Connection connection, String sql, String first, String second)
            throws SQLException {
        List<String> values = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, first);
            if (second != null) {
                query.setString(2, second);
            }
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
        }
        return values;
    }
}
