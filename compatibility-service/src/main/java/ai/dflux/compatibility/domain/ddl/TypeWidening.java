package ai.dflux.compatibility.domain.ddl;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a new target type holds every value of the old one, so that {@code ALTER COLUMN ... TYPE} keeps all rows as
 * they are: longer strings, wider integers, numerics with more digits, more fractional seconds.
 */
final class TypeWidening {

    /** A widening and whether PostgreSQL rewrites the whole table for it (under an exclusive lock). */
    record Widening(boolean rewritesTable) {
    }

    private static final Pattern TYPE = Pattern.compile("([a-z ]+?)\\s*(?:\\(([0-9, ]+)\\))?");
    private static final Map<String, String> SYNONYMS = Map.of("character varying", "varchar", "int", "integer",
            "int4", "integer", "int8", "bigint", "int2", "smallint", "decimal", "numeric", "float8",
            "double precision", "float4", "real", "bit varying", "varbit");
    private static final List<String> INTEGERS = List.of("smallint", "integer", "bigint");
    private static final Map<String, Integer> INTEGER_DIGITS = Map.of("smallint", 5, "integer", 10, "bigint", 19);
    private static final List<String> PRECISION_TYPES = List.of("timestamp", "timestamptz", "time", "timetz",
            "timestamp without time zone", "timestamp with time zone", "time without time zone",
            "time with time zone");

    private TypeWidening() {
    }

    /** The widening from {@code from} to {@code to}, or empty when some old value might not fit or change. */
    static Optional<Widening> of(String from, String to) {
        Parsed old = parse(from);
        Parsed next = parse(to);
        if (old == null || next == null) {
            return Optional.empty();
        }
        if (INTEGERS.contains(old.name) && INTEGERS.contains(next.name)) {
            return INTEGERS.indexOf(next.name) > INTEGERS.indexOf(old.name) ? rewrite() : Optional.empty();
        }
        if (INTEGERS.contains(old.name) && next.name.equals("numeric")) {
            boolean fits = next.args.length == 0 || next.scale() == 0 && next.args[0] >= INTEGER_DIGITS.get(old.name);
            return fits ? rewrite() : Optional.empty();
        }
        if (old.name.equals("numeric") && next.name.equals("numeric")) {
            if (next.args.length == 0) {
                return inPlace();
            }
            if (old.args.length == 0) {
                return Optional.empty();
            }
            boolean fits = next.scale() >= old.scale() && next.args[0] - next.scale() >= old.args[0] - old.scale();
            return fits ? (next.scale() == old.scale() ? inPlace() : rewrite()) : Optional.empty();
        }
        if ((old.name.equals("varchar") || old.name.equals("varbit")) && next.name.equals(old.name)) {
            return next.args.length == 0 || old.args.length > 0 && next.args[0] >= old.args[0] ? inPlace()
                    : Optional.empty();
        }
        if (old.name.equals("varchar") && next.name.equals("text")) {
            return inPlace();
        }
        if (old.name.equals("real") && next.name.equals("double precision")) {
            return rewrite();
        }
        if (PRECISION_TYPES.contains(old.name) && next.name.equals(old.name)) {
            int oldPrecision = old.args.length == 0 ? 6 : old.args[0];
            int newPrecision = next.args.length == 0 ? 6 : next.args[0];
            return newPrecision >= oldPrecision ? inPlace() : Optional.empty();
        }
        return Optional.empty();
    }

    private static Optional<Widening> inPlace() {
        return Optional.of(new Widening(false));
    }

    private static Optional<Widening> rewrite() {
        return Optional.of(new Widening(true));
    }

    private record Parsed(String name, int[] args) {
        int scale() {
            return args.length > 1 ? args[1] : 0;
        }
    }

    private static Parsed parse(String type) {
        if (type == null) {
            return null;
        }
        Matcher matcher = TYPE.matcher(type.strip().toLowerCase(Locale.ROOT));
        if (!matcher.matches()) {
            return null;
        }
        String name = matcher.group(1).strip();
        name = SYNONYMS.getOrDefault(name, name);
        int[] args = matcher.group(2) == null ? new int[0]
                : Arrays.stream(matcher.group(2).split(",")).map(String::strip)
                        .mapToInt(Integer::parseInt).toArray();
        return new Parsed(name, args);
    }
}
