package ai.dflux.compatibility.domain.types;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** A PostgreSQL table with a column of each kind of type and the extreme values they hold. */
final class PostgresCases {

    private static final String THOUSAND_DIGITS = "9".repeat(1000);

    private PostgresCases() {
    }

    static void createUserTypes(Connection database) throws SQLException {
        try (Statement statement = database.createStatement()) {
            statement.execute("create type mpaa_rating as enum ('G', 'PG', 'PG-13', 'R', 'NC-17', 'it''s')");
            statement.execute("create domain year as integer check (value >= 1901 and value <= 2155)");
        }
    }

    static void create(Connection source) throws SQLException {
        try (Statement statement = source.createStatement()) {
            statement.execute("""
                    create table t (id serial primary key, c_smallint smallint, c_integer integer, c_bigint bigint,
                      c_numeric numeric, c_numeric_scaled numeric(1000,500), c_real real, c_double double precision,
                      c_boolean boolean, c_varchar character varying(45), c_varchar_any character varying,
                      c_char character(20), c_text text, c_bytea bytea, c_date date, c_timestamp timestamp,
                      c_timestamptz timestamp(6) with time zone, c_time time, c_timetz time with time zone,
                      c_interval interval, c_json json, c_jsonb jsonb, c_uuid uuid, c_tsvector tsvector,
                      c_text_array text[], c_int_array integer[], c_inet inet, c_cidr cidr, c_macaddr macaddr,
                      c_bit bit(3), c_varbit bit varying(5), c_point point, c_xml xml, c_enum mpaa_rating,
                      c_domain year, c_qchar "char")""");
            String[] inserts = {
                "c_smallint) values (-32768), (32767",
                "c_integer) values (-2147483648), (2147483647",
                "c_bigint) values (-9223372036854775808), (9223372036854775807",
                "c_numeric) values ('" + THOUSAND_DIGITS + "'), ('-" + THOUSAND_DIGITS + "'), ('0." + THOUSAND_DIGITS
                        + "'), ('NaN'), ('Infinity'), ('-Infinity'",
                "c_numeric_scaled) values ('" + "9".repeat(500) + "." + "9".repeat(500) + "'",
                "c_real) values ('3.4028235e+38'), ('1e-45'), ('NaN'), ('-Infinity'",
                "c_double) values ('1.7976931348623157e+308'), ('5e-324'), ('NaN'), ('Infinity'",
                "c_boolean) values (true), (false",
                "c_varchar) values (''), ('" + "😀".repeat(45) + "'",
                "c_varchar_any) values ('x  '",
                "c_char) values ('ab'",
                "c_text) values (E'tab\\tnewline\\nbackslash\\\\'",
                "c_bytea) values ('\\x0000ff00'), (''",
                "c_date) values ('4713-01-01 BC'), ('5874897-12-31'), ('infinity'), ('-infinity'",
                "c_timestamp) values ('4713-01-01 00:00:00 BC'), ('294276-12-31 23:59:59.999999'), ('infinity'),"
                        + " ('-infinity'",
                "c_timestamptz) values ('4713-01-01 00:00:00+00 BC'), ('294276-12-31 23:59:59.999999+00'),"
                        + " ('infinity'), ('-infinity'",
                "c_time) values ('00:00:00'), ('24:00:00'), ('23:59:59.999999'",
                "c_timetz) values ('00:00:00+15:59'), ('24:00:00-15:59'",
                "c_interval) values ('-178956970 years -8 mons'), ('178956970 years 7 mons 2147483647 days"
                        + " 2562047788:00:54.775807'), ('-1 days +00:00:00.000001'",
                "c_json) values ('{\"k\":  1, \"k\": 2}'",
                "c_jsonb) values ('{\"a\": [1, 2.50, null], \"b\": \"😀\"}'",
                "c_uuid) values ('123e4567-e89b-12d3-a456-426614174000'",
                "c_tsvector) values ('a fat cat:3A'",
                "c_text_array) values ('{\"a,b\",\"\",NULL,\"x\\\"y\"}'), ('{}'",
                "c_int_array) values ('{{1,2},{3,4}}'",
                "c_inet) values ('192.168.0.1/24'), ('::1'",
                "c_cidr) values ('10.0.0.0/8'",
                "c_macaddr) values ('08:00:2b:01:02:03'",
                "c_bit) values (B'101'",
                "c_varbit) values (B''), (B'11111'",
                "c_point) values ('(1.5,-2)'",
                "c_xml) values ('<a b=\"1\">text</a>'",
                "c_enum) values ('G'), ('NC-17'), ('it''s'",
                "c_domain) values (1901), (2155",
                "c_qchar) values ('x'"};
            for (String insert : inserts) {
                statement.execute("insert into t (" + insert + ")");
            }
        }
    }
}
