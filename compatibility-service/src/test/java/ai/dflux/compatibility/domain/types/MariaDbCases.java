package ai.dflux.compatibility.domain.types;

import ai.dflux.compatibility.domain.types.TypeRoundTripIT.Read;
import ai.dflux.compatibility.domain.types.TypeRoundTripIT.SourceColumn;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** A MariaDB column of each type with the extreme values it holds, as SQL literals. */
final class MariaDbCases {

    private static final String EMOJI = "😀";
    private static final String DEC65 = "99999999999999999999999999999999999.999999999999999999999999999999";
    private static final String DIGITS38 = "9".repeat(38);

    private MariaDbCases() {
    }

    static List<SourceColumn> columns() {
        return List.of(
                column("c_tinyint1", "tinyint(1)", Read.TEXT, "-128", "-1", "0", "1", "2", "127"),
                column("c_tinyint", "tinyint", Read.TEXT, "-128", "127"),
                column("c_utinyint", "tinyint unsigned", Read.TEXT, "0", "255"),
                column("c_smallint", "smallint", Read.TEXT, "-32768", "32767"),
                column("c_usmallint", "smallint unsigned", Read.TEXT, "0", "65535"),
                column("c_mediumint", "mediumint", Read.TEXT, "-8388608", "8388607"),
                column("c_umediumint", "mediumint unsigned", Read.TEXT, "0", "16777215"),
                column("c_int", "int", Read.TEXT, "-2147483648", "2147483647"),
                column("c_uint", "int unsigned", Read.TEXT, "0", "4294967295"),
                // ZEROFILL pads only the displayed value, so the number is read without the padding
                column("c_zerofill", "int(10) unsigned zerofill", Read.NUMBER, "42", "4294967295"),
                column("c_bigint", "bigint", Read.TEXT, "-9223372036854775808", "9223372036854775807"),
                column("c_ubigint", "bigint unsigned", Read.TEXT, "0", "18446744073709551615"),
                column("c_dec65", "decimal(65,30)", Read.TEXT, DEC65, "-" + DEC65, "0.000000000000000000000000000001"),
                column("c_dec38", "decimal(38,0)", Read.TEXT, DIGITS38, "-" + DIGITS38),
                column("c_udec", "decimal(10,2) unsigned", Read.TEXT, "0", "99999999.99"),
                column("c_float", "float", Read.FLOAT, "3.4028234663852886e38", "-3.4028234663852886e38",
                        "1.1754943508222875e-38", "0.1", "0"),
                column("c_ufloat", "float unsigned", Read.FLOAT, "0", "3.4028234663852886e38"),
                column("c_double", "double", Read.DOUBLE, "1.7976931348623157e308", "-1.7976931348623157e308",
                        "2.2250738585072014e-308", "0.1"),
                column("c_double102", "double(10,2)", Read.DOUBLE, "12345678.91", "-12345678.91"),
                column("c_bit1", "bit(1)", Read.BYTES, "b'0'", "b'1'"),
                column("c_bit64", "bit(64)", Read.BYTES, "b'" + "1".repeat(64) + "'", "b'0'", "b'1010'"),
                column("c_year", "year", Read.NUMBER, "1901", "2155", "0"),
                column("c_date", "date", Read.TEXT, "'1000-01-01'", "'9999-12-31'", "'0000-00-00'"),
                column("c_datetime", "datetime(6)", Read.TEXT, "'1000-01-01 00:00:00'",
                        "'9999-12-31 23:59:59.999999'", "'0000-00-00 00:00:00'"),
                column("c_timestamp", "timestamp(6) NULL", Read.TEXT, "'1970-01-01 00:00:01'",
                        "'2038-01-19 03:14:07.999999'", "'0000-00-00 00:00:00'"),
                column("c_time", "time(6)", Read.TEXT, "'-838:59:59.999999'", "'838:59:59.999999'",
                        "'00:00:00.000001'", "'00:00:00'"),
                column("c_char", "char(3)", Read.TEXT, "'abc'", "'a'", "'" + EMOJI + "ab'", "''"),
                column("c_varchar", "varchar(45)", Read.TEXT, "''", "'" + EMOJI.repeat(45) + "'", "'x  '",
                        "'tab\tnewline\nquote''backslash\\\\'"),
                column("c_tinytext", "tinytext", Read.TEXT, "'" + EMOJI + "'"),
                column("c_text", "text", Read.TEXT, "'" + EMOJI.repeat(1000) + "'"),
                column("c_mediumtext", "mediumtext", Read.TEXT, "'𝄞 music'"),
                column("c_longtext", "longtext", Read.TEXT, "'" + "long ".repeat(10_000) + "'"),
                column("c_json", "json", Read.TEXT, "'{\"k\":  \"v\", \"k\": 1, \"e\": \"" + EMOJI + "\"}'",
                        "'[1, 2.50, null]'"),
                column("c_binary", "binary(16)", Read.BYTES, "x'00'", "x'000102030405060708090a0b0c0d0eff'"),
                column("c_varbinary", "varbinary(255)", Read.BYTES, "x''", "x'00ff00'"),
                column("c_tinyblob", "tinyblob", Read.BYTES, "x'00ff00ff'"),
                column("c_blob", "blob", Read.BYTES, "x'00ff00ff'"),
                column("c_mediumblob", "mediumblob", Read.BYTES, "x'00'"),
                column("c_longblob", "longblob", Read.BYTES, "x'0000'"),
                column("c_enum", "enum('G','PG','NC-17','it''s','a,b','100%')", Read.TEXT, "'G'", "'PG'", "'NC-17'",
                        "'it''s'", "'a,b'", "'100%'", "'no such label'"),
                column("c_set", "set('Trailers','Deleted Scenes','it''s','100%')", Read.TEXT, "''", "'Trailers'",
                        "'Trailers,Deleted Scenes,it''s,100%'"),
                column("c_geometry", "geometry", Read.BYTES, "ST_GeomFromText('POINT(1 2)', 4326)"),
                column("c_point", "point", Read.BYTES, "ST_GeomFromText('POINT(-1.5 2.25)')"),
                column("c_polygon", "polygon", Read.BYTES, "ST_GeomFromText('POLYGON((0 0,1 0,1 1,0 0))')"),
                column("c_uuid", "uuid", Read.TEXT, "'123e4567-e89b-12d3-a456-426614174000'"),
                column("c_inet6", "inet6", Read.TEXT, "'::1'", "'2001:db8::ff00:42:8329'", "'::ffff:192.0.2.1'"));
    }

    /** Creates {@code t} with every column and one row per value, the other columns NULL. */
    static void create(Connection source, List<SourceColumn> columns) throws SQLException {
        List<String> definitions = new ArrayList<>();
        definitions.add("id int primary key");
        columns.forEach(column -> definitions.add(column.name() + " " + column.type()));
        try (Statement statement = source.createStatement()) {
            statement.execute("SET SESSION sql_mode = ''");
            statement.execute("CREATE TABLE t (" + String.join(", ", definitions) + ") DEFAULT CHARSET=utf8mb4");
            int id = 0;
            for (SourceColumn column : columns) {
                for (String literal : column.literals()) {
                    statement.execute("INSERT INTO t (id, " + column.name() + ") VALUES (" + ++id + ", " + literal
                            + ")");
                }
            }
            statement.execute("SET SESSION sql_mode = DEFAULT");
        }
    }

    private static SourceColumn column(String name, String type, Read read, String... literals) {
        return new SourceColumn(name, type.replace(" NULL", ""), read, List.of(literals));
    }
}
