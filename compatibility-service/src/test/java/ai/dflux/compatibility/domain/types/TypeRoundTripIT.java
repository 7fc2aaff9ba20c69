package ai.dflux.compatibility.domain.types;

import ai.dflux.contracts.conversion.ValueRule;
import static org.assertj.core.api.Assertions.assertThat;

import ai.dflux.contracts.Dialect;
import ai.dflux.contracts.catalog.ColumnInfo;
import ai.dflux.testkit.MariaDbServer;
import ai.dflux.testkit.PostgresServer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mariadb.jdbc.MariaDbDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Every value a source type can hold survives the type table's choice: extreme values are written on the source,
 * mapped, copied the way the value rules say, and read back unchanged from PostgreSQL. A mapping that stops holding a
 * value makes the insert fail or the comparison differ.
 */
class TypeRoundTripIT {

    private static MariaDbServer mariadb;
    private static PostgresServer postgres;

    @BeforeAll
    static void startServers() {
        mariadb = MariaDbServer.create().start();
        postgres = PostgresServer.create().start();
        mariadb.createDatabase("types_source");
        postgres.createDatabase("types_from_mariadb");
        postgres.createDatabase("types_pg_source");
        postgres.createDatabase("types_from_postgres");
        postgres.createDatabase("types_from_oracle");
    }

    @AfterAll
    static void stopServers() {
        if (mariadb != null) {
            mariadb.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void mariaDbValuesComeBackUnchangedFromTheirMappedTypes() throws SQLException {
        List<SourceColumn> columns = MariaDbCases.columns();
        try (Connection source = mariaDbConnection(); Connection target = postgresConnection("types_from_mariadb")) {
            MariaDbCases.create(source, columns);
            Map<String, MappedType> mapped = mapMariaDbColumns(source);
            createTarget(target, mapped);
            int rows = 0;
            for (SourceColumn column : columns) {
                MappedType type = mapped.get(column.name());
                for (Object value : readSource(source, column)) {
                    rows++;
                    Object written = ValueTransfer.toTarget(type.valueRule(), value, type);
                    insert(target, rows, column.name(), written);
                    Object back = ValueTransfer.backToSource(type.valueRule(), readTarget(target, rows, column, type),
                            column.type());
                    assertSameValue(column, type, value, back);
                }
            }
            assertThat(rows).isGreaterThan(columns.size());
        }
    }

    @Test
    void mariaDbDatesWithAZeroMonthOrDayAreLostAsDocumented() throws SQLException {
        MappedType date = TypeMappings.forDialect(Dialect.MARIADB).map(Columns.TABLE, Columns.column("date"));
        try (Connection source = mariaDbConnection(); Statement statement = source.createStatement()) {
            statement.execute("SET SESSION sql_mode = ''");
            statement.execute("CREATE TABLE partial_dates (d date) DEFAULT CHARSET=utf8mb4");
            statement.execute("INSERT INTO partial_dates VALUES ('2024-00-10')");
            try (ResultSet rows = statement.executeQuery("SELECT CAST(d AS CHAR) FROM partial_dates")) {
                rows.next();
                String stored = rows.getString(1);

                assertThat(stored).isEqualTo("2024-00-10");
                assertThat(date.fidelity()).isEqualTo(Fidelity.LOSSY);
                assertThat(ValueTransfer.toTarget(date.valueRule(), stored, date)).isEqualTo("-infinity");
            }
        }
    }

    @Test
    void postgresValuesComeBackUnchangedFromTheSameTypes() throws SQLException {
        try (Connection source = postgresConnection("types_pg_source");
                Connection target = postgresConnection("types_from_postgres")) {
            for (Connection database : List.of(source, target)) {
                PostgresCases.createUserTypes(database);
            }
            PostgresCases.create(source);
            Map<String, MappedType> mapped = new LinkedHashMap<>();
            Map<String, String> sourceTypes = new LinkedHashMap<>();
            try (Statement statement = source.createStatement(); ResultSet rows = statement.executeQuery("""
                    select a.attname, format_type(a.atttypid, a.atttypmod) from pg_attribute a
                    where a.attrelid = 'public.t'::regclass and a.attnum > 1 and not a.attisdropped
                    order by a.attnum""")) {
                while (rows.next()) {
                    sourceTypes.put(rows.getString(1), rows.getString(2));
                    mapped.put(rows.getString(1), TypeMappings.forDialect(Dialect.POSTGRESQL)
                            .map(Columns.TABLE, new ColumnInfo(1, rows.getString(1), rows.getString(2), true, null)));
                }
            }
            assertThat(mapped.values()).allSatisfy(type -> assertThat(type.fidelity()).isEqualTo(Fidelity.EXACT));
            assertThat(sourceTypes).containsEntry("c_enum", "mpaa_rating").containsEntry("c_domain", "year");
            createTarget(target, mapped);
            int id = 0;
            for (String column : mapped.keySet()) {
                boolean bytes = mapped.get(column).sqlType().equals("bytea");
                try (Statement statement = source.createStatement(); ResultSet rows = statement.executeQuery(
                        "select " + column + " from t where " + column + " is not null order by id")) {
                    while (rows.next()) {
                        Object value = bytes ? rows.getBytes(1) : rows.getString(1);
                        insert(target, ++id, column, value);
                        Object back = bytes ? selectBytes(target, id, column) : selectString(target, id, column);
                        assertThat(back).as("%s (%s)", column, sourceTypes.get(column)).isEqualTo(value);
                    }
                }
            }
            assertThat(id).isGreaterThan(mapped.size());
        }
    }

    @Test
    void postgresHoldsOracleExtremesInTheMappedTypes() throws SQLException {
        TypeMapping oracle = TypeMappings.forDialect(Dialect.ORACLE);
        try (Connection target = postgresConnection("types_from_oracle")) {
            int id = 0;
            for (OracleCases.Case value : OracleCases.values()) {
                MappedType mapped = oracle.map(Columns.TABLE, Columns.column(value.oracleType()));
                String column = "c" + ++id;
                try (Statement statement = target.createStatement()) {
                    statement.execute("create table " + column + " (v " + mapped.sqlType() + ")");
                }
                try (PreparedStatement insert = target.prepareStatement("insert into " + column + " values (?)")) {
                    if (value.input() instanceof byte[] bytes) {
                        insert.setBytes(1, bytes);
                    } else {
                        insert.setString(1, (String) value.input());
                    }
                    insert.executeUpdate();
                }
                try (Statement statement = target.createStatement();
                        ResultSet rows = statement.executeQuery("select v from " + column)) {
                    rows.next();
                    Object stored = value.input() instanceof byte[] ? rows.getBytes(1) : rows.getString(1);
                    assertThat(stored).as("%s as %s", value.oracleType(), mapped.sqlType()).isEqualTo(value.expected());
                }
            }
        }
    }

    private static Map<String, MappedType> mapMariaDbColumns(Connection source) throws SQLException {
        Map<String, MappedType> mapped = new LinkedHashMap<>();
        TypeMapping mapping = TypeMappings.forDialect(Dialect.MARIADB);
        try (PreparedStatement query = source.prepareStatement("""
                select COLUMN_NAME, COLUMN_TYPE from information_schema.COLUMNS
                where TABLE_SCHEMA = database() and TABLE_NAME = 't' and COLUMN_NAME <> 'id'
                order by ORDINAL_POSITION""");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                MappedType type = mapping.map(Columns.TABLE, new ColumnInfo(1, rows.getString(1), rows.getString(2),
                        true, null));
                assertThat(type.fidelity()).as("%s %s", rows.getString(1), rows.getString(2))
                        .isNotEqualTo(Fidelity.UNSUPPORTED);
                mapped.put(rows.getString(1), type);
            }
        }
        return mapped;
    }

    /** Creates {@code t (id, columns...)} with the mapped types, their CHECKs and an enum type per enum column. */
    private static void createTarget(Connection target, Map<String, MappedType> columns) throws SQLException {
        List<String> definitions = new ArrayList<>();
        definitions.add("id integer primary key");
        try (Statement statement = target.createStatement()) {
            for (Map.Entry<String, MappedType> column : columns.entrySet()) {
                MappedType type = column.getValue();
                String sqlType = type.sqlType();
                if (sqlType == null) {
                    sqlType = column.getKey() + "_type";
                    statement.execute("create type " + sqlType + " as enum (" + type.enumLabels().stream()
                            .map(label -> "'" + label.replace("'", "''") + "'").collect(Collectors.joining(",")) + ")");
                }
                String check = type.checkOn(column.getKey());
                definitions.add(column.getKey() + " " + sqlType + (check == null ? "" : " check (" + check + ")"));
            }
            statement.execute("create table t (" + String.join(", ", definitions) + ")");
        }
    }

    private static List<Object> readSource(Connection source, SourceColumn column) throws SQLException {
        String expression = switch (column.read()) {
            case TEXT -> "CAST(" + column.name() + " AS CHAR)";
            case NUMBER -> column.name() + " + 0";
            case BYTES, FLOAT, DOUBLE -> column.name();
        };
        List<Object> values = new ArrayList<>();
        try (PreparedStatement query = source.prepareStatement("SELECT " + expression + " FROM t WHERE "
                + column.name() + " IS NOT NULL ORDER BY id");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                values.add(switch (column.read()) {
                    case TEXT, NUMBER -> rows.getString(1);
                    case BYTES -> rows.getBytes(1);
                    case FLOAT -> Float.toString(rows.getFloat(1));
                    case DOUBLE -> Double.toString(rows.getDouble(1));
                });
            }
        }
        assertThat(values).as("values of %s", column.name()).hasSize(column.literals().size());
        return values;
    }

    private static Object readTarget(Connection target, int id, SourceColumn column, MappedType type)
            throws SQLException {
        try (PreparedStatement query = target.prepareStatement("select " + column.name() + " from t where id = ?")) {
            query.setInt(1, id);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                if (type.valueRule() == ValueRule.SET_TO_ARRAY) {
                    return rows.getArray(1).getArray();
                }
                return column.read() == Read.BYTES && type.valueRule() != ValueRule.BITS_TO_BIT_STRING
                        ? rows.getBytes(1) : rows.getString(1);
            }
        }
    }

    /**
     * Compares a value read back with the source value, normalised only as documented: text forms of times differ in
     * trailing zeros of the fraction, PostgreSQL adds the +00 offset of UTC, and floating point compares by its bits.
     */
    private static void assertSameValue(SourceColumn column, MappedType type, Object source, Object back) {
        String what = column.name() + " " + column.type() + " as " + type.sqlType();
        if (column.read() == Read.FLOAT) {
            assertThat(Float.parseFloat((String) back)).as(what).isEqualTo(Float.parseFloat((String) source));
        } else if (column.read() == Read.DOUBLE) {
            assertThat(Double.parseDouble((String) back)).as(what).isEqualTo(Double.parseDouble((String) source));
        } else if (column.temporal()) {
            assertThat(timeText((String) back)).as(what).isEqualTo(timeText((String) source));
        } else {
            assertThat(back).as(what).isEqualTo(source);
        }
    }

    private static String timeText(String text) {
        String withoutZone = text.endsWith("+00") ? text.substring(0, text.length() - 3) : text;
        return withoutZone.contains(".") ? withoutZone.replaceAll("0+$", "").replaceAll("\\.$", "") : withoutZone;
    }

    private static void insert(Connection target, int id, String column, Object value) throws SQLException {
        try (PreparedStatement insert = target.prepareStatement(
                "insert into t (id, " + column + ") values (?, ?)")) {
            insert.setInt(1, id);
            if (value instanceof byte[] bytes) {
                insert.setBytes(2, bytes);
            } else {
                insert.setString(2, (String) value);
            }
            insert.executeUpdate();
        }
    }

    private static String selectString(Connection target, int id, String column) throws SQLException {
        try (PreparedStatement query = target.prepareStatement("select " + column + " from t where id = ?")) {
            query.setInt(1, id);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        }
    }

    private static byte[] selectBytes(Connection target, int id, String column) throws SQLException {
        try (PreparedStatement query = target.prepareStatement("select " + column + " from t where id = ?")) {
            query.setInt(1, id);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getBytes(1);
            }
        }
    }

    /** A MariaDB connection in UTC whose prepared statements read floating point in binary, as stored. */
    private static Connection mariaDbConnection() throws SQLException {
        MariaDbDataSource dataSource = new MariaDbDataSource(mariadb.jdbcUrl("types_source")
                + "?useServerPrepStmts=true");
        dataSource.setUser(mariadb.user());
        dataSource.setPassword(mariadb.password());
        Connection connection = dataSource.getConnection();
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET time_zone = '+00:00'");
        }
        return connection;
    }

    /** A PostgreSQL connection in UTC that sends strings untyped, so each column reads them as its own type. */
    private static Connection postgresConnection(String database) throws SQLException {
        PGSimpleDataSource dataSource = (PGSimpleDataSource) postgres.dataSource(database);
        dataSource.setStringType("unspecified");
        Connection connection = dataSource.getConnection();
        try (Statement statement = connection.createStatement()) {
            statement.execute("set TimeZone = 'UTC'");
            statement.execute("set DateStyle = 'ISO, YMD'");
            statement.execute("set IntervalStyle = 'postgres'");
            statement.execute("set extra_float_digits = 1");
        }
        return connection;
    }

    enum Read { TEXT, NUMBER, BYTES, FLOAT, DOUBLE }

    /** A source column, how its values are read in their exact form, and the SQL literals written into it. */
    record SourceColumn(String name, String type, Read read, List<String> literals) {
        boolean temporal() {
            return type.startsWith("date") || type.startsWith("time");
        }
    }
}
