package ai.dflux.compatibility.domain.types;

import ai.dflux.contracts.conversion.ValueRule;
import static ai.dflux.compatibility.domain.types.Fidelity.EXACT;
import static ai.dflux.compatibility.domain.types.Fidelity.LOSSY;
import static ai.dflux.compatibility.domain.types.Fidelity.WIDENED;

import ai.dflux.compatibility.domain.types.ValueDomain.TemporalKind;
import ai.dflux.contracts.Dialect;
import ai.dflux.contracts.catalog.ColumnInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The type table of MySQL and MariaDB, for types as {@code information_schema.COLUMNS.COLUMN_TYPE} spells them
 * ({@code int(10) unsigned}, {@code enum('G','PG')}). The two differ in JSON and in MariaDB's own types.
 */
public final class MySqlTypeMapping extends TableTypeMapping {

    /** MySQL's ENUM domain: the error value '' at index 0, then the declared labels. */
    private static List<String> withErrorValue(List<String> labels) {
        if (labels.contains("")) {
            return labels;
        }
        List<String> all = new java.util.ArrayList<>(labels.size() + 1);
        all.add("");
        all.addAll(labels);
        return all;
    }

    private static final String ZERO_DATE = " The zero date becomes -infinity, which no real date is, so it stays "
            + "apart from NULL and is turned back on the way out.";
    private static final String ZERO_IN_DATE = ZERO_DATE + " Lossy because a date with only a zero month or day "
            + "(2024-00-10, stored when sql_mode lacks NO_ZERO_IN_DATE) becomes -infinity as well and loses its "
            + "parts; where sql_mode has always had NO_ZERO_IN_DATE, nothing is lost.";
    private static final String LARGE_VALUES = " PostgreSQL holds at most 1 GB in one field; larger values (up to "
            + "4 GB in MySQL) are rejected.";

    public MySqlTypeMapping(Dialect dialect) {
        super(requireMySqlFamily(dialect), table(dialect));
    }

    private static Dialect requireMySqlFamily(Dialect dialect) {
        if (dialect != Dialect.MYSQL && dialect != Dialect.MARIADB) {
            throw new IllegalArgumentException("MySqlTypeMapping serves mysql and mariadb, not " + dialect.id());
        }
        return dialect;
    }

    @Override
    TypeDecision decide(ColumnInfo column) {
        TypeDecision decision = super.decide(column);
        MappedType mapped = decision.mapped();
        if (column.identity() == null || !"numeric(20,0)".equals(mapped.sqlType())) {
            return decision;
        }
        List<String> notes = new ArrayList<>(mapped.notes());
        notes.add("This AUTO_INCREMENT column keeps numeric(20,0); its sequence counts to 9223372036854775807 at "
                + "most, below the column's own limit.");
        return new TypeDecision(decision.sourceDomain(), new MappedType(mapped.sqlType(), mapped.fidelity(),
                mapped.check(), mapped.enumLabels(), mapped.valueRule(), notes));
    }

    private static TypeTable table(Dialect dialect) {
        TypeTable.Builder table = TypeTable.builder()
                .rule("tinyint(1), also BOOL and BOOLEAN", "smallint", WIDENED,
                        "tinyint(1) holds -128 to 127 like any tinyint; the (1) is a display width. boolean would "
                                + "reject or change 2, -1 and every other value but 0 and 1, so boolean is an "
                                + "override, reported as lossy.",
                        t -> t.is("tinyint") && !t.unsigned() && t.integer(0).orElse(0) == 1,
                        integer("smallint", 8, false))
                .rule("tinyint", "smallint", WIDENED, "PostgreSQL has no one-byte integer; smallint holds -128 to 127.",
                        t -> t.is("tinyint") && !t.unsigned(), integer("smallint", 8, false))
                .rule("tinyint unsigned", "smallint", WIDENED, "smallint holds 0 to 255.",
                        t -> t.is("tinyint"), integer("smallint", 8, true))
                .rule("smallint", "smallint", EXACT, "The same two-byte integer.",
                        t -> t.is("smallint") && !t.unsigned(), integer("smallint", 16, false))
                .rule("smallint unsigned", "integer", WIDENED, "0 to 65535 needs integer.",
                        t -> t.is("smallint"), integer("integer", 16, true))
                .rule("mediumint, mediumint unsigned", "integer", WIDENED,
                        "PostgreSQL has no three-byte integer; integer holds both ranges.",
                        t -> t.is("mediumint"), t -> integer("integer", 24, t.unsigned()).apply(t))
                .rule("int", "integer", EXACT, "The same four-byte integer.",
                        t -> t.is("int", "integer") && !t.unsigned(), integer("integer", 32, false))
                .rule("int unsigned", "bigint", WIDENED, "0 to 4294967295 needs bigint.",
                        t -> t.is("int", "integer"), integer("bigint", 32, true))
                .rule("bigint", "bigint", EXACT, "The same eight-byte integer.",
                        t -> t.is("bigint") && !t.unsigned(), integer("bigint", 64, false))
                .rule("bigint unsigned, also SERIAL", "numeric(20,0) + CHECK 0 to 18446744073709551615", EXACT,
                        "No PostgreSQL integer reaches 18446744073709551615; numeric(20,0) does, and the CHECK keeps "
                                + "the column to MySQL's range.",
                        t -> t.is("bigint"),
                        t -> integer("numeric(20,0)", 64, true).apply(t)
                                .check("%s between 0 and 18446744073709551615"))
                .rule("decimal(p,s)", "numeric(p,s)", EXACT, "The same fixed-point decimal (MySQL allows p up to 65).",
                        t -> t.is("decimal", "numeric", "dec", "fixed") && !t.unsigned(), MySqlTypeMapping::decimal)
                .rule("decimal(p,s) unsigned", "numeric(p,s) + CHECK >= 0", EXACT,
                        "UNSIGNED keeps the precision and forbids negative values; the CHECK does the same.",
                        t -> t.is("decimal", "numeric", "dec", "fixed"), t -> decimal(t).check("%s >= 0"))
                .rule("float, float(m,d)", "real", EXACT, "Both are IEEE single precision.",
                        t -> t.is("float") && !t.unsigned(), t -> Conversion.to("real", new ValueDomain.Floats(24, false)))
                .rule("double, double(m,d), real", "double precision", EXACT, "Both are IEEE double precision.",
                        t -> t.is("double", "double precision", "real") && !t.unsigned(),
                        t -> Conversion.to("double precision", new ValueDomain.Floats(53, false)))
                .rule("float unsigned, double unsigned", "real or double precision + CHECK >= 0", EXACT,
                        "UNSIGNED forbids negative values; the CHECK does the same.",
                        t -> t.is("float", "double", "double precision", "real"),
                        t -> Conversion.to(t.is("float") ? "real" : "double precision",
                                new ValueDomain.Floats(t.is("float") ? 24 : 53, true)).check("%s >= 0"))
                .rule("bit(n)", "bit(n)", EXACT, "The same bit string; the executor turns MySQL's bytes into n binary "
                        + "digits.", t -> t.is("bit"), t -> {
                            int length = t.integer(0).orElse(1);
                            return Conversion.to("bit(" + length + ")", new ValueDomain.Bits(length, false))
                                    .rule(ValueRule.BITS_TO_BIT_STRING);
                        })
                .rule("year, year(4)", "smallint + CHECK 0 or 1901 to 2155", EXACT,
                        "YEAR is a number: 1901 to 2155, or 0 for the zero year. The CHECK keeps exactly those.",
                        t -> t.is("year"), t -> Conversion.to("smallint", ValueDomain.integers(0, 2155))
                                .check("(%s = 0 or %s between 1901 and 2155)"))
                .rule("date", "date", LOSSY, "The same calendar date." + ZERO_IN_DATE,
                        t -> t.is("date"), t -> Conversion.to("date", temporal(TemporalKind.DATE, 0))
                                .rule(ValueRule.ZERO_DATE_TO_MINUS_INFINITY))
                .rule("datetime(n)", "timestamp(n) without time zone", LOSSY,
                        "DATETIME is a local date and time with no zone, as is timestamp without time zone; both "
                                + "keep n digits of seconds (at most 6)." + ZERO_IN_DATE,
                        t -> t.is("datetime"), t -> timestamp(t, "without time zone", TemporalKind.TIMESTAMP))
                .rule("timestamp(n)", "timestamp(n) with time zone", EXACT,
                        "MySQL stores a TIMESTAMP as a UTC instant and shows it in the session time zone, which is "
                                + "what timestamp with time zone does; the executor reads and writes both sides in "
                                + "UTC, so the instant is kept. A TIMESTAMP holds no date with a zero part but the "
                                + "zero timestamp itself." + ZERO_DATE,
                        t -> t.is("timestamp"),
                        t -> timestamp(t, "with time zone", TemporalKind.TIMESTAMP_WITH_TIME_ZONE))
                .rule("time(n)", "interval hour to second(n)", WIDENED,
                        "MySQL TIME is an elapsed time from -838:59:59 to 838:59:59, not only a time of day; "
                                + "PostgreSQL time holds 00:00:00 to 24:00:00 only. time(n) is an override, "
                                + "reported as lossy.",
                        t -> t.is("time"), t -> {
                            int digits = t.integer(0).orElse(0);
                            return Conversion.to("interval hour to second(" + digits + ")",
                                    temporal(TemporalKind.MYSQL_TIME, digits));
                        })
                .rule("char(n)", "varchar(n)", WIDENED,
                        "MySQL strips trailing blanks from CHAR values when it returns them, so the values are "
                                + "those of a varchar(n). PostgreSQL character(n) would pad them back with blanks, "
                                + "which applications would then read.",
                        t -> t.is("char", "character", "nchar"), t -> characters(t.integer(0).orElse(1)))
                .rule("varchar(n)", "varchar(n)", EXACT,
                        "Both count characters, 4-byte UTF-8 (emoji) included.",
                        t -> t.is("varchar", "character varying", "nvarchar"), t -> characters(t.integer(0).orElse(0)))
                .rule("tinytext, text, mediumtext", "text", WIDENED, "text holds any length up to 1 GB.",
                        t -> t.is("tinytext", "text", "mediumtext"), t -> Conversion.to("text",
                                new ValueDomain.Characters(t.is("tinytext") ? 255 : t.is("text") ? 65_535 : 16_777_215)));
        if (dialect == Dialect.MARIADB) {
            table.rule("longtext, also JSON", "text", LOSSY,
                    "MariaDB's JSON is longtext with a json_valid CHECK; text keeps each document exactly as written, "
                            + "which jsonb would not (key order, blanks, duplicate keys). jsonb is an override."
                            + LARGE_VALUES,
                    t -> t.is("longtext", "json"), t -> Conversion.to("text", new ValueDomain.Characters(null)));
        } else {
            table.rule("longtext", "text", LOSSY, "text holds any text." + LARGE_VALUES,
                    t -> t.is("longtext"), t -> Conversion.to("text", new ValueDomain.Characters(null)))
                    .rule("json", "jsonb", EXACT,
                            "MySQL stores JSON normalised (no blanks, no duplicate keys, its own key order); jsonb "
                                    + "holds the same JSON values. Compare them as JSON, not as text.",
                            t -> t.is("json"), t -> Conversion.to("jsonb", new ValueDomain.Json(true)));
        }
        table.rule("binary(n)", "bytea", WIDENED,
                        "MySQL pads a binary(n) value with zero bytes to n bytes when it stores it; those n bytes are "
                                + "the value and are copied as they are. Rows written later to PostgreSQL are not "
                                + "padded.",
                        t -> t.is("binary"), t -> bytes(t.integer(0).orElse(1)))
                .rule("varbinary(n), tinyblob, blob, mediumblob", "bytea", WIDENED, "bytea holds any bytes up to 1 GB.",
                        t -> t.is("varbinary", "tinyblob", "blob", "mediumblob"), t -> bytes(t.is("varbinary")
                                ? t.integer(0).orElse(0) : t.is("tinyblob") ? 255 : t.is("blob") ? 65_535 : 16_777_215))
                .rule("longblob", "bytea", LOSSY, "bytea holds any bytes." + LARGE_VALUES,
                        t -> t.is("longblob"), t -> Conversion.to("bytea", new ValueDomain.Bytes(null)))
                .rule("enum('a','b',...)", "an enum type of the column's own", EXACT,
                        "A PostgreSQL enum keeps the labels and their order; the DDL names and creates the type. "
                                + "Its first label is the empty string: MySQL stores '' (index 0, sorting first) for a "
                                + "bad value when not in strict mode, so every ENUM column can hold it.",
                        t -> t.is("enum") && t.quoted(), t -> Conversion.toEnum(withErrorValue(t.arguments())))
                .rule("set('a','b',...)", "text[] + CHECK every element a member", WIDENED,
                        "A SET value is a list of members; text[] holds it and the CHECK allows members only. "
                                + "The executor turns 'a,b' into {a,b}; the empty set becomes an empty array.",
                        t -> t.is("set") && t.quoted(), MySqlTypeMapping::set)
                .rule("geometry, point, linestring, polygon, multipoint, multilinestring, multipolygon, "
                                + "geometrycollection", "bytea", WIDENED,
                        "The value is kept as MySQL's own bytes: a 4-byte SRID and the WKB. Where the target has "
                                + "PostGIS, geometry is an override; the executor must then convert the bytes.",
                        t -> t.is("geometry", "point", "linestring", "polygon", "multipoint", "multilinestring",
                                "multipolygon", "geometrycollection", "geomcollection"),
                        t -> Conversion.to("bytea", new ValueDomain.Bytes(null)).rule(ValueRule.SPATIAL_AS_BYTES));
        if (dialect == Dialect.MARIADB) {
            table.rule("uuid", "uuid", EXACT, "The same 128-bit UUID.",
                            t -> t.is("uuid"), t -> Conversion.to("uuid", new ValueDomain.Named("uuid")))
                    .rule("inet6, inet4", "inet", WIDENED, "inet holds IPv4 and IPv6 addresses.",
                            t -> t.is("inet6", "inet4"), t -> Conversion.to("inet", new ValueDomain.Named(t.name())));
        }
        return table.build();
    }

    private static Function<SourceType, Conversion> integer(String target, int bits, boolean unsigned) {
        return t -> {
            Conversion conversion = Conversion.to(target, ValueDomain.integerBits(bits, unsigned));
            return t.zerofill() ? conversion.note("ZEROFILL only pads the displayed value with zeros; the number is "
                    + "kept, the padding is not.") : conversion;
        };
    }

    private static Conversion decimal(SourceType t) {
        int precision = t.integer(0).orElse(10);
        int scale = t.integer(1).orElse(0);
        return Conversion.to("numeric(" + precision + "," + scale + ")",
                new ValueDomain.Decimals(precision, scale, t.unsigned()));
    }

    private static Conversion timestamp(SourceType t, String zone, TemporalKind kind) {
        int digits = t.integer(0).orElse(0);
        return Conversion.to("timestamp(" + digits + ") " + zone, temporal(kind, digits))
                .rule(ValueRule.ZERO_DATE_TO_MINUS_INFINITY);
    }

    private static ValueDomain temporal(TemporalKind kind, int digits) {
        return new ValueDomain.Temporal(kind, digits);
    }

    private static Conversion characters(int length) {
        return Conversion.to("varchar(" + length + ")", new ValueDomain.Characters(length));
    }

    private static Conversion bytes(long length) {
        return Conversion.to("bytea", new ValueDomain.Bytes(length));
    }

    private static Conversion set(SourceType t) {
        String members = t.arguments().stream().map(MySqlTypeMapping::literal).collect(Collectors.joining(","));
        return new Conversion("text[]", "%s <@ ARRAY[" + members + "]::text[]", List.of(), ValueRule.SET_TO_ARRAY,
                new ValueDomain.LabelSets(t.arguments()), List.of());
    }

    /** A PostgreSQL string literal inside a CHECK template, where a percent sign is written twice. */
    private static String literal(String value) {
        return "'" + value.replace("'", "''").replace("%", "%%") + "'";
    }
}
