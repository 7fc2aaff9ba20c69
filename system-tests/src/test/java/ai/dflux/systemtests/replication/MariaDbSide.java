package ai.dflux.systemtests.replication;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;

/** A MariaDB (or MySQL) source; its schema is the database. */
public final class MariaDbSide implements ComparedSide {

    private static final Set<String> BINARY_TYPES = Set.of("binary", "varbinary", "tinyblob", "blob", "mediumblob",
            "longblob", "geometry", "point", "linestring", "polygon", "multipoint", "multilinestring", "multipolygon",
            "geometrycollection");
    private static final Set<String> TEXT_TYPES = Set.of("char", "varchar", "tinytext", "text", "mediumtext",
            "longtext", "enum", "json", "uuid");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final DataSource dataSource;

    public MariaDbSide(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Connection open() throws SQLException {
        Connection connection = dataSource.getConnection();
        // TIMESTAMP values are instants: read them in UTC, as the target's timestamptz is read
        Sql.execute(connection, "SET SESSION time_zone = '+00:00'", "SET SESSION sql_mode = '"
                + MariaDbWorkload.SQL_MODE + "'");
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
                + " coalesce(numeric_precision, 0) FROM information_schema.columns"
                + " WHERE table_schema = ? AND table_name = ? ORDER BY ordinal_position")) {
            query.setString(1, schema);
            query.setString(2, table);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    columns.add(new SourceColumn(rows.getString(1), rows.getString(2).toLowerCase(), rows.getInt(3)));
                }
            }
        }
        return columns;
    }

    @Override
    public List<String> primaryKey(Connection connection, String schema, String table) throws SQLException {
        return strings(connection, "SELECT column_name FROM information_schema.key_column_usage"
                + " WHERE table_schema = ? AND table_name = ? AND constraint_name = 'PRIMARY' ORDER BY ordinal_position",
                schema, table);
    }

    @Override
    public String expression(SourceColumn column, ValueKind kind) {
        String c = quote(column.name());
        String type = column.dataType();
        if (type.equals("bit")) {
            return "LPAD(BIN(" + c + "), " + column.precision() + ", '0')";
        }
        if (BINARY_TYPES.contains(type)) {
            return "HEX(" + c + ")";
        }
        if (type.equals("time")) {
            return "TIME_TO_SEC(" + c + ")";
        }
        if (kind == ValueKind.FLOAT || TEXT_TYPES.contains(type)) {
            return c;
        }
        return "CAST(" + c + " AS CHAR)";
    }

    @Override
    public String orderTerm(SourceColumn column, ValueKind kind) {
        String c = TableComparison.ROW_ALIAS + "." + quote(column.name());
        return kind == ValueKind.NUMBER ? c : "CAST(" + c + " AS BINARY)";
    }

    @Override
    public String quote(String identifier) {
        return '`' + identifier.replace("`", "``") + '`';
    }

    /** A SET value {@code a,b} is read as the JSON array {@code ["a","b"]}; the empty set as {@code []}. */
    @Override
    public String read(ResultSet rows, int index, SourceColumn column, ValueKind kind) throws SQLException {
        String value = ComparedSide.super.read(rows, index, column, kind);
        if (value == null || !column.dataType().equals("set")) {
            return value;
        }
        try {
            return JSON.writeValueAsString(value.isEmpty() ? List.of() : Arrays.asList(value.split(",")));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
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
