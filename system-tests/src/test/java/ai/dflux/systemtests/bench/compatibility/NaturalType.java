package ai.dflux.systemtests.bench.compatibility;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a target column keeps its source column's type: the PostgreSQL type of the same kind, size and precision
 * ({@code int} as {@code integer}, {@code varchar(50)} as {@code character varying(50)}, {@code datetime(6)} as
 * {@code timestamp(6) without time zone}, an enum as an enum type). PostgreSQL has no unsigned integers, no year and no
 * set type, so every column of those types changes type whatever a tool does; a wider signed type is the usual change.
 */
final class NaturalType {

    private static final Pattern PRECISION = Pattern.compile("\\((\\d+)(?:,(\\d+))?\\)");
    private static final Set<String> TEXTS = Set.of("tinytext", "text", "mediumtext", "longtext");
    private static final Set<String> BYTES = Set.of("binary", "varbinary", "tinyblob", "blob", "mediumblob",
            "longblob");

    private NaturalType() {
    }

    static boolean keeps(SourceColumn source, TargetColumn target) {
        String type = target.type();
        String dataType = source.dataType().toLowerCase(Locale.ROOT);
        String columnType = source.columnType().toLowerCase(Locale.ROOT);
        if (columnType.contains("unsigned")) {
            return false;
        }
        Matcher precision = PRECISION.matcher(columnType);
        String length = precision.find() ? precision.group(1) : null;
        String scale = length != null ? precision.group(2) : null;
        if (source.json()) {
            return type.equals("json") || type.equals("jsonb");
        }
        if (TEXTS.contains(dataType)) {
            return type.equals("text");
        }
        if (BYTES.contains(dataType)) {
            return type.equals("bytea");
        }
        return switch (dataType) {
            case "tinyint", "smallint" -> type.equals("smallint");
            case "mediumint", "int", "integer" -> type.equals("integer");
            case "bigint" -> type.equals("bigint");
            case "decimal", "numeric" -> type.equals("numeric(" + length + "," + (scale == null ? "0" : scale) + ")");
            case "float" -> type.equals("real");
            case "double" -> type.equals("double precision");
            case "bit" -> type.equals("bit(" + length + ")");
            case "date" -> type.equals("date");
            case "datetime" -> fractional("timestamp", length, " without time zone").contains(type);
            case "timestamp" -> fractional("timestamp", length, " with time zone").contains(type);
            case "time" -> fractional("time", length, " without time zone").contains(type);
            case "char" -> type.equals("character(" + length + ")");
            case "varchar" -> type.equals("character varying(" + length + ")");
            case "enum" -> target.isEnum();
            default -> false; // year, set and anything PostgreSQL has no counterpart of
        };
    }

    /**
     * {@code name(n)} for n fractional digits; without digits also the plain name (PostgreSQL's microseconds), which
     * holds every whole-second value as well.
     */
    private static Set<String> fractional(String name, String digits, String zone) {
        return digits == null ? Set.of(name + "(0)" + zone, name + zone) : Set.of(name + "(" + digits + ")" + zone);
    }
}
