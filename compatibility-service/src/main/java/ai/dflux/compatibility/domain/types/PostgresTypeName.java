package ai.dflux.compatibility.domain.types;

import ai.dflux.compatibility.domain.types.ValueDomain.TemporalKind;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A PostgreSQL type name as a column definition spells it: {@code numeric(20,0)}, {@code character varying(45)},
 * {@code timestamp(3) with time zone}, {@code interval day to second(2)}, {@code text[]}, {@code public.mpaa_rating},
 * {@code "char"}. {@link #parse} accepts nothing else, so a name it accepts can be put into DDL as it renders.
 *
 * @param schema the schema of a qualified name as written (quoted if it was), or null
 * @param name the canonical name of a built-in type ({@code integer} for {@code int4}), else the name as written
 * @param modifiers what stands in parentheses ({@code 20}, {@code 0}; for extension types also names:
 *     {@code Point})
 * @param qualifier {@code with time zone}, {@code without time zone} or interval fields ({@code day to second}), or
 *     empty
 * @param arrayDimensions how many {@code []} follow
 */
public record PostgresTypeName(String schema, String name, List<String> modifiers, String qualifier,
        int arrayDimensions) {

    private static final int MAX_LENGTH = 200;
    private static final Map<String, String> ALIASES = Map.ofEntries(Map.entry("int", "integer"),
            Map.entry("int4", "integer"), Map.entry("int2", "smallint"), Map.entry("int8", "bigint"),
            Map.entry("float4", "real"), Map.entry("float8", "double precision"), Map.entry("bool", "boolean"),
            Map.entry("varchar", "character varying"), Map.entry("char varying", "character varying"),
            Map.entry("char", "character"), Map.entry("bpchar", "character"), Map.entry("decimal", "numeric"),
            Map.entry("varbit", "bit varying"), Map.entry("timestamptz", "timestamp with time zone"),
            Map.entry("timetz", "time with time zone"), Map.entry("national character", "character"),
            Map.entry("national char", "character"), Map.entry("national character varying", "character varying"),
            Map.entry("national char varying", "character varying"));
    /** Built-in types and how many integer modifiers each takes at most. */
    private static final Map<String, Integer> BUILT_INS = Map.ofEntries(Map.entry("smallint", 0),
            Map.entry("integer", 0), Map.entry("bigint", 0), Map.entry("numeric", 2), Map.entry("real", 0),
            Map.entry("double precision", 0), Map.entry("float", 1), Map.entry("boolean", 0), Map.entry("text", 0),
            Map.entry("character varying", 1), Map.entry("character", 1), Map.entry("bytea", 0),
            Map.entry("bit", 1), Map.entry("bit varying", 1), Map.entry("date", 0), Map.entry("timestamp", 1),
            Map.entry("time", 1), Map.entry("interval", 1), Map.entry("json", 0), Map.entry("jsonb", 0),
            Map.entry("uuid", 0), Map.entry("xml", 0), Map.entry("inet", 0), Map.entry("cidr", 0),
            Map.entry("macaddr", 0), Map.entry("macaddr8", 0), Map.entry("money", 0), Map.entry("tsvector", 0),
            Map.entry("tsquery", 0), Map.entry("point", 0), Map.entry("line", 0), Map.entry("lseg", 0),
            Map.entry("box", 0), Map.entry("path", 0), Map.entry("polygon", 0), Map.entry("circle", 0),
            Map.entry("oid", 0), Map.entry("pg_lsn", 0), Map.entry("\"char\"", 0), Map.entry("name", 0),
            Map.entry("int4range", 0), Map.entry("int8range", 0), Map.entry("numrange", 0),
            Map.entry("tsrange", 0), Map.entry("tstzrange", 0), Map.entry("daterange", 0));
    private static final Set<String> INTERVAL_FIELDS = Set.of("year", "month", "day", "hour", "minute", "second");

    public PostgresTypeName {
        modifiers = List.copyOf(modifiers);
    }

    /**
     * Reads a type name.
     *
     * @throws IllegalArgumentException naming the problem when the text is not a type name
     */
    public static PostgresTypeName parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("the type is empty");
        }
        if (text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("the type is longer than " + MAX_LENGTH + " characters");
        }
        return new PostgresTypeNameParser(text, PostgresTypeNameTokens.of(text)).parse();
    }

    /** Whether this is one of PostgreSQL's own types (not a user-defined or extension type). */
    public boolean builtIn() {
        return schema == null && BUILT_INS.containsKey(name);
    }

    /** The name as a column definition takes it, canonical for built-ins. */
    public String render() {
        StringBuilder type = new StringBuilder();
        if (schema != null) {
            type.append(schema).append('.');
        }
        type.append(name);
        if (!modifiers.isEmpty() && !name.equals("interval")) {
            type.append('(').append(String.join(",", modifiers)).append(')');
        }
        if (!qualifier.isEmpty()) {
            type.append(' ').append(qualifier);
        }
        if (!modifiers.isEmpty() && name.equals("interval")) {
            type.append('(').append(modifiers.get(0)).append(')');
        }
        type.append("[]".repeat(arrayDimensions));
        return type.toString();
    }

    /** The values the type holds. */
    public ValueDomain domain() {
        ValueDomain element = elementDomain();
        for (int i = 0; i < arrayDimensions; i++) {
            element = new ValueDomain.Arrays(element);
        }
        return element;
    }

    private ValueDomain elementDomain() {
        if (!builtIn()) {
            return new ValueDomain.Named(new PostgresTypeName(schema, name, modifiers, qualifier, 0).render());
        }
        boolean withZone = qualifier.equals("with time zone");
        return switch (name) {
            case "smallint" -> ValueDomain.integerBits(16, false);
            case "integer" -> ValueDomain.integerBits(32, false);
            case "bigint" -> ValueDomain.integerBits(64, false);
            case "numeric" -> modifiers.isEmpty() ? ValueDomain.Decimals.unlimited()
                    : new ValueDomain.Decimals(modifier(0, 0), modifier(1, 0), false);
            case "real" -> new ValueDomain.Floats(24, false);
            case "double precision" -> new ValueDomain.Floats(53, false);
            case "float" -> new ValueDomain.Floats(modifier(0, 53) <= 24 ? 24 : 53, false);
            case "boolean" -> new ValueDomain.Booleans();
            case "text" -> new ValueDomain.Characters(null);
            case "character varying" -> new ValueDomain.Characters(modifiers.isEmpty() ? null : modifier(0, 0));
            case "character" -> new ValueDomain.Characters(modifier(0, 1));
            case "bytea" -> new ValueDomain.Bytes(null);
            case "bit" -> new ValueDomain.Bits(modifier(0, 1), false);
            case "bit varying" -> new ValueDomain.Bits(modifiers.isEmpty() ? null : modifier(0, 0), true);
            case "date" -> new ValueDomain.Temporal(TemporalKind.DATE, 0);
            case "timestamp" -> new ValueDomain.Temporal(
                    withZone ? TemporalKind.TIMESTAMP_WITH_TIME_ZONE : TemporalKind.TIMESTAMP, modifier(0, 6));
            case "time" -> new ValueDomain.Temporal(
                    withZone ? TemporalKind.TIME_WITH_TIME_ZONE : TemporalKind.TIME, modifier(0, 6));
            case "interval" -> new ValueDomain.Temporal(TemporalKind.INTERVAL, modifier(0, 6));
            case "json" -> new ValueDomain.Json(false);
            case "jsonb" -> new ValueDomain.Json(true);
            default -> new ValueDomain.Named(name);
        };
    }

    private int modifier(int index, int missing) {
        return index < modifiers.size() ? Integer.parseInt(modifiers.get(index)) : missing;
    }

    static String canonical(String name) {
        return ALIASES.getOrDefault(name, name);
    }

    static Integer builtInModifiers(String name) {
        return BUILT_INS.get(name);
    }

    static boolean intervalField(String word) {
        return INTERVAL_FIELDS.contains(word.toLowerCase(Locale.ROOT));
    }
}
