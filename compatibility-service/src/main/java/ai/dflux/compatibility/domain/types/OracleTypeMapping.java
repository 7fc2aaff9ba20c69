package ai.dflux.compatibility.domain.types;

import static ai.dflux.compatibility.domain.types.Fidelity.EXACT;
import static ai.dflux.compatibility.domain.types.Fidelity.LOSSY;
import static ai.dflux.compatibility.domain.types.Fidelity.UNSUPPORTED;
import static ai.dflux.compatibility.domain.types.Fidelity.WIDENED;

import ai.dflux.compatibility.domain.types.ValueDomain.TemporalKind;
import ai.dflux.contracts.Dialect;
import java.util.List;
import java.util.Optional;

/**
 * The type table of Oracle, for types as the schema scripts spell them ({@code NUMBER(8,2)}, {@code VARCHAR2(20 CHAR)},
 * {@code TIMESTAMP(6) WITH TIME ZONE}). Oracle's default length semantics are BYTE.
 */
public final class OracleTypeMapping extends TableTypeMapping {

    private static final int ORACLE_MAX_PRECISION = 38;
    private static final int MICROSECONDS = 6;
    /** PostgreSQL keeps an interval's months in a 32-bit integer: 178956970 years. */
    private static final int MAX_INTERVAL_YEAR_DIGITS = 8;
    private static final String LARGE_VALUES = " PostgreSQL holds at most 1 GB in one field; larger values are "
            + "rejected.";

    public OracleTypeMapping() {
        super(Dialect.ORACLE, table());
    }

    private static TypeTable table() {
        return TypeTable.builder()
                .rule("NUMBER(p) or NUMBER(p,0), p <= 4", "smallint", WIDENED,
                        "smallint holds every integer of up to 4 digits.",
                        t -> integerDigits(t).filter(p -> p <= 4).isPresent(), OracleTypeMapping::integerNumber)
                .rule("NUMBER(p) or NUMBER(p,0), p 5 to 9", "integer", WIDENED,
                        "integer holds every integer of up to 9 digits.",
                        t -> integerDigits(t).filter(p -> p <= 9).isPresent(), OracleTypeMapping::integerNumber)
                .rule("NUMBER(p) or NUMBER(p,0), p 10 to 18", "bigint", WIDENED,
                        "bigint holds every integer of up to 18 digits.",
                        t -> integerDigits(t).filter(p -> p <= 18).isPresent(), OracleTypeMapping::integerNumber)
                .rule("NUMBER(p) or NUMBER(p,0), p > 18; NUMBER(*,0); INTEGER, INT, SMALLINT", "numeric(p,0)", EXACT,
                        "No PostgreSQL integer holds 19 digits or more. Oracle's INTEGER, INT and SMALLINT are all "
                                + "NUMBER(38), and NUMBER(*,0) too: numeric(38,0).",
                        t -> integerDigits(t).isPresent(), OracleTypeMapping::integerNumber)
                .rule("NUMBER(p,s), s < 0", "as NUMBER(p-s): the ladder above", WIDENED,
                        "A negative scale rounds to the left of the point: NUMBER(5,-2) holds up to 7 digits, "
                                + "rounded to hundreds. The target holds those integers; it does not round new rows.",
                        t -> isNumber(t) && t.integer(1).filter(s -> s < 0).isPresent(),
                        OracleTypeMapping::integerNumber)
                .rule("NUMBER(p,s), s > 0", "numeric(p,s); numeric(s,s) when s > p", EXACT,
                        "The same fixed-point decimal. Oracle allows a scale above the precision (NUMBER(2,5) holds "
                                + "0.00099); numeric(s,s) holds those values.",
                        t -> isNumber(t) && t.integer(0).isPresent() && t.integer(1).isPresent(), t -> {
                            int precision = t.integer(0).orElseThrow();
                            int scale = t.integer(1).orElseThrow();
                            int digits = Math.max(precision, scale);
                            return Conversion.to("numeric(" + digits + "," + scale + ")",
                                    new ValueDomain.Decimals(digits, scale, false));
                        })
                .rule("NUMBER(*,s)", "numeric(38,s)", EXACT, "* is Oracle's largest precision, 38.",
                        t -> isNumber(t) && t.integer(1).isPresent(), t -> {
                            int scale = t.integer(1).orElseThrow();
                            return Conversion.to("numeric(38," + scale + ")",
                                    new ValueDomain.Decimals(ORACLE_MAX_PRECISION, scale, false));
                        })
                .rule("NUMBER, NUMBER(*)", "numeric", WIDENED,
                        "A NUMBER without precision holds up to 40 significant digits at any scale from -130 to "
                                + "125; numeric without precision holds them all.",
                        t -> t.is("number") && (!t.hasArguments() || t.arguments().equals(List.of("*"))),
                        t -> Conversion.to("numeric", ValueDomain.Decimals.unlimited()))
                .rule("FLOAT, FLOAT(b), REAL, DOUBLE PRECISION", "numeric", WIDENED,
                        "Oracle FLOAT is a decimal NUMBER whose precision is given in bits (at most 126, about 38 "
                                + "digits), not IEEE floating point; numeric keeps every value, double precision "
                                + "would round them.",
                        t -> t.is("float", "real", "double precision"),
                        t -> Conversion.to("numeric", ValueDomain.Decimals.unlimited()))
                .rule("BINARY_FLOAT", "real", EXACT, "Both are IEEE single precision, NaN and infinities included.",
                        t -> t.is("binary_float"), t -> Conversion.to("real", new ValueDomain.Floats(24, false)))
                .rule("BINARY_DOUBLE", "double precision", EXACT,
                        "Both are IEEE double precision, NaN and infinities included.",
                        t -> t.is("binary_double"),
                        t -> Conversion.to("double precision", new ValueDomain.Floats(53, false)))
                .rule("VARCHAR2(n CHAR), NVARCHAR2(n)", "varchar(n)", EXACT,
                        "Both count characters. Oracle stores the empty string as NULL, so no empty strings arrive.",
                        t -> isVarchar(t) && "char".equals(t.lengthSemantics()) || isNationalVarchar(t),
                        t -> Conversion.to("varchar(" + length(t) + ")", new ValueDomain.Characters(length(t))))
                .rule("VARCHAR2(n), VARCHAR2(n BYTE)", "varchar(n)", WIDENED,
                        "The length is in bytes, and n bytes hold at most n characters, so varchar(n) holds every "
                                + "value; it also takes longer values than Oracle would.",
                        OracleTypeMapping::isVarchar,
                        t -> Conversion.to("varchar(" + length(t) + ")", new ValueDomain.Characters(length(t))))
                .rule("CHAR(n CHAR), NCHAR(n)", "character(n)", EXACT,
                        "Oracle pads CHAR values with blanks and compares them blank-padded, as character(n) does.",
                        t -> isChar(t) && "char".equals(t.lengthSemantics()) || t.is("nchar", "national character",
                                "national char"),
                        t -> Conversion.to("character(" + length(t) + ")", new ValueDomain.Characters(length(t))))
                .rule("CHAR(n), CHAR(n BYTE)", "character(n)", WIDENED,
                        "n bytes hold at most n characters, so character(n) holds every value.",
                        OracleTypeMapping::isChar,
                        t -> Conversion.to("character(" + length(t) + ")", new ValueDomain.Characters(length(t))))
                .rule("DATE", "timestamp(0) without time zone", EXACT,
                        "An Oracle DATE has a time of day to the second, which date would drop. Years -4712 to 9999 "
                                + "fit; the text form is kept, so dates before 1582 keep their Julian labels.",
                        t -> t.is("date"),
                        t -> Conversion.to("timestamp(0) without time zone", temporal(TemporalKind.TIMESTAMP, 0)))
                .rule("TIMESTAMP(p), p <= 6", "timestamp(p) without time zone", EXACT,
                        "The same local date and time; TIMESTAMP alone has 6 digits of seconds.",
                        t -> t.is("timestamp") && t.suffix().isEmpty() && fraction(t) <= MICROSECONDS,
                        t -> timestamp(t, "without time zone", TemporalKind.TIMESTAMP))
                .rule("TIMESTAMP(p), p 7 to 9", "timestamp(6) without time zone", LOSSY,
                        "PostgreSQL keeps microseconds: fractions beyond 6 digits are rounded.",
                        t -> t.is("timestamp") && t.suffix().isEmpty(),
                        t -> timestamp(t, "without time zone", TemporalKind.TIMESTAMP))
                .rule("TIMESTAMP(p) WITH TIME ZONE", "timestamp(p) with time zone", LOSSY,
                        "The instant is kept, but timestamp with time zone does not store the original offset or "
                                + "region (+02:00, Europe/Paris); values come back in the session time zone. Where "
                                + "the zone matters, an override to text or an added zone column keeps it. "
                                + "Fractions beyond 6 digits are rounded.",
                        t -> t.is("timestamp") && t.suffixIs("with time zone"),
                        t -> timestamp(t, "with time zone", TemporalKind.TIMESTAMP_WITH_TIME_ZONE))
                .rule("TIMESTAMP(p) WITH LOCAL TIME ZONE, p <= 6", "timestamp(p) with time zone", EXACT,
                        "Oracle stores these as instants in the database time zone and shows them in the session "
                                + "time zone, as timestamp with time zone does.",
                        t -> t.is("timestamp") && t.suffixIs("with local time zone") && fraction(t) <= MICROSECONDS,
                        t -> timestamp(t, "with time zone", TemporalKind.TIMESTAMP_WITH_TIME_ZONE))
                .rule("TIMESTAMP(p) WITH LOCAL TIME ZONE, p 7 to 9", "timestamp(6) with time zone", LOSSY,
                        "PostgreSQL keeps microseconds: fractions beyond 6 digits are rounded.",
                        t -> t.is("timestamp") && t.suffixIs("with local time zone"),
                        t -> timestamp(t, "with time zone", TemporalKind.TIMESTAMP_WITH_TIME_ZONE))
                .rule("INTERVAL YEAR(p) TO MONTH, p <= 8", "interval year to month", EXACT,
                        "The same years and months.",
                        t -> t.is("interval year") && t.suffixIs("to month")
                                && t.integer(0).orElse(2) <= MAX_INTERVAL_YEAR_DIGITS,
                        t -> Conversion.to("interval year to month", temporal(TemporalKind.INTERVAL, 0)))
                .rule("INTERVAL YEAR(9) TO MONTH", "interval year to month", LOSSY,
                        "PostgreSQL intervals reach 178956970 years; larger values are rejected.",
                        t -> t.is("interval year") && t.suffixIs("to month"),
                        t -> Conversion.to("interval year to month", temporal(TemporalKind.INTERVAL, 0)))
                .rule("INTERVAL DAY(d) TO SECOND(f), f <= 6", "interval day to second(f)", EXACT,
                        "The same days, hours, minutes and seconds (days up to 9 digits fit). A negative value "
                                + "is written with the sign on every field: PostgreSQL reads Oracle's "
                                + "'-1 12:00:00' as -1 day +12 hours.",
                        t -> t.is("interval day") && t.suffixIs("to second")
                                && t.suffixInteger(0).orElse(MICROSECONDS) <= MICROSECONDS,
                        OracleTypeMapping::dayToSecond)
                .rule("INTERVAL DAY(d) TO SECOND(f), f 7 to 9", "interval day to second(6)", LOSSY,
                        "PostgreSQL keeps microseconds: fractions beyond 6 digits are rounded.",
                        t -> t.is("interval day") && t.suffixIs("to second"), OracleTypeMapping::dayToSecond)
                .rule("CLOB, NCLOB, LONG", "text", LOSSY, "text holds any text." + LARGE_VALUES,
                        t -> t.is("clob", "nclob", "long"), t -> Conversion.to("text", new ValueDomain.Characters(null)))
                .rule("RAW(n)", "bytea", WIDENED, "bytea holds any bytes.",
                        t -> t.is("raw"), t -> Conversion.to("bytea", new ValueDomain.Bytes((long) length(t))))
                .rule("BLOB, LONG RAW", "bytea", LOSSY, "bytea holds any bytes." + LARGE_VALUES,
                        t -> t.is("blob", "long raw"), t -> Conversion.to("bytea", new ValueDomain.Bytes(null)))
                .rule("ROWID, UROWID", "text", WIDENED,
                        "The row address is kept as its text. It points nowhere in PostgreSQL; code that used it to "
                                + "find rows must use the key instead.",
                        t -> t.is("rowid", "urowid"), t -> Conversion.to("text", new ValueDomain.Characters(null)))
                .rule("XMLTYPE, SYS.XMLTYPE", "xml", LOSSY,
                        "xml holds XML documents and fragments." + LARGE_VALUES,
                        t -> t.is("xmltype", "sys.xmltype"), t -> Conversion.to("xml", new ValueDomain.Named("xml")))
                .rule("BOOLEAN", "boolean", EXACT, "The same true, false and NULL (Oracle 23ai).",
                        t -> t.is("boolean"), t -> Conversion.to("boolean", new ValueDomain.Booleans()))
                .rule("JSON", "jsonb", EXACT,
                        "Oracle's JSON type stores a binary form, not the text as written, as jsonb does.",
                        t -> t.is("json"), t -> Conversion.to("jsonb", new ValueDomain.Json(true)))
                .rule("BFILE", "none", UNSUPPORTED,
                        "A BFILE points to a file outside the database, which the scripts do not carry. Copy the "
                                + "files and store their contents (bytea) or their paths (text) by hand.",
                        t -> t.is("bfile"), t -> Conversion.none(null))
                .rule("a user-defined object type (CUST_ADDRESS_TYP, REF ...)", "none", UNSUPPORTED,
                        "Object types, REFs and collections have no type table row; convert them by hand to a "
                                + "composite type, an array or jsonb.",
                        t -> t.text().strip().matches("(?i)(REF\\s+)?[A-Z][A-Z0-9_$#]*(\\.[A-Z][A-Z0-9_$#]*)?")
                                && !t.hasArguments(),
                        t -> Conversion.none(null).note(t.text().strip() + " is taken to be a user-defined type."))
                .build();
    }

    /** The digits of an integer NUMBER: NUMBER(p), NUMBER(p,0), NUMBER(*,0), INTEGER, or p - s for a negative s. */
    private static Optional<Integer> integerDigits(SourceType t) {
        if (t.is("integer", "int", "smallint") && !t.hasArguments()) {
            return Optional.of(ORACLE_MAX_PRECISION);
        }
        if (t.is("decimal", "numeric", "dec") && !t.hasArguments()) {
            return Optional.of(ORACLE_MAX_PRECISION);
        }
        if (!isNumber(t) || !t.hasArguments() || t.arguments().size() > 2 || t.arguments().equals(List.of("*"))) {
            return Optional.empty();
        }
        int scale = t.integer(1).orElse(0);
        if (scale != 0 || t.arguments().size() == 2 && t.integer(1).isEmpty()) {
            return Optional.empty();
        }
        return t.arguments().get(0).equals("*") ? Optional.of(ORACLE_MAX_PRECISION) : t.integer(0);
    }

    private static Conversion integerNumber(SourceType t) {
        int digits = integerDigits(t).orElseGet(() -> t.integer(0).orElseThrow() - t.integer(1).orElseThrow());
        String target = digits <= 4 ? "smallint" : digits <= 9 ? "integer" : digits <= 18 ? "bigint"
                : "numeric(" + digits + ",0)";
        return Conversion.to(target, ValueDomain.integerDigits(digits));
    }

    private static boolean isNumber(SourceType t) {
        return t.is("number", "decimal", "numeric", "dec");
    }

    private static boolean isVarchar(SourceType t) {
        return t.is("varchar2", "varchar", "character varying", "char varying");
    }

    private static boolean isNationalVarchar(SourceType t) {
        return t.is("nvarchar2", "national character varying", "national char varying", "nchar varying");
    }

    private static boolean isChar(SourceType t) {
        return t.is("char", "character");
    }

    private static int length(SourceType t) {
        return t.integer(0).orElse(1);
    }

    private static int fraction(SourceType t) {
        return t.integer(0).orElse(MICROSECONDS);
    }

    private static Conversion timestamp(SourceType t, String zone, TemporalKind kind) {
        int digits = Math.min(fraction(t), MICROSECONDS);
        return Conversion.to("timestamp(" + digits + ") " + zone, temporal(kind, fraction(t)));
    }

    private static Conversion dayToSecond(SourceType t) {
        int digits = t.suffixInteger(0).orElse(MICROSECONDS);
        return Conversion.to("interval day to second(" + Math.min(digits, MICROSECONDS) + ")",
                temporal(TemporalKind.INTERVAL, digits));
    }

    private static ValueDomain temporal(TemporalKind kind, int digits) {
        return new ValueDomain.Temporal(kind, digits);
    }
}
