package ai.dflux.systemtests.bench.compatibility;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads a value as text on either side and brings it to one canonical text per {@link ValueFamily}, so that two values
 * are the same value exactly when their canonical texts are equal: numbers by their decimal value (a boolean as 1 or 0,
 * a bit string or bytes as the unsigned number they spell), points in time as ISO text without trailing fractional
 * zeros (a PostgreSQL {@code with time zone} value read in UTC), bytes as upper-case hex, a set as its sorted members,
 * everything else exactly.
 */
final class CanonicalValue {

    private static final Pattern UTC_OFFSET = Pattern.compile("[+-]\\d{2}(:\\d{2}){0,2}(?=( BC)?$)");
    private static final Pattern TRAILING_FRACTION_ZEROS = Pattern.compile("(\\.\\d*?)0+(?=( BC)?$)");
    private static final Pattern EMPTY_FRACTION = Pattern.compile("\\.(?=( BC)?$)");

    private CanonicalValue() {
    }

    /** The MariaDB expression whose text is read for the column (MariaDB/MySQL syntax). */
    static String sourceExpression(SourceColumn column) {
        String quoted = Sql.quotedMariaDb(column.name());
        return switch (column.dataType().toLowerCase(Locale.ROOT)) {
            case "bit" -> "cast(" + quoted + " as unsigned)";
            // the exact binary value of the float, not the 6 digits MariaDB prints for it
            case "float" -> "cast(" + quoted + " as double)";
            default -> column.family() == ValueFamily.BINARY ? "hex(" + quoted + ")" : "cast(" + quoted + " as char)";
        };
    }

    /** The PostgreSQL expression whose text is read for the column; read with {@code TimeZone} set to UTC. */
    static String targetExpression(TargetColumn column) {
        String quoted = Sql.quotedPostgres(column.name());
        if (column.isBoolean()) {
            return quoted + "::int::text";
        }
        if (column.isBytea()) {
            return "encode(" + quoted + ", 'hex')";
        }
        if (column.isFloatingPoint()) {
            return quoted + "::float8::text";
        }
        return quoted + "::text";
    }

    static String ofSource(String text, ValueFamily family) {
        return text == null ? null : canonical(text, family, null);
    }

    static String ofTarget(String text, ValueFamily family, TargetColumn column) {
        return text == null ? null : canonical(text, family, column);
    }

    private static String canonical(String text, ValueFamily family, TargetColumn target) {
        return switch (family) {
            case NUMBER -> number(text, target);
            case TEMPORAL -> temporal(text, target);
            case BINARY -> target == null || target.isBytea() ? text.toUpperCase(Locale.ROOT)
                    : HexFormat.of().withUpperCase().formatHex(text.getBytes(StandardCharsets.UTF_8));
            case SET -> members(text);
            case TEXT -> text;
        };
    }

    private static String number(String text, TargetColumn target) {
        try {
            if (target != null && target.isBitString()) {
                return new BigInteger(text.isEmpty() ? "0" : text, 2).toString();
            }
            if (target != null && target.isBytea()) {
                return new BigInteger(text.isEmpty() ? "0" : text, 16).toString();
            }
            BigDecimal value = new BigDecimal(text.trim());
            return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return "not a number: " + text;
        }
    }

    private static String temporal(String text, TargetColumn target) {
        String value = text.replace('T', ' ');
        if (target != null && target.type().contains("with time zone")) {
            value = UTC_OFFSET.matcher(value).replaceFirst("");
        }
        value = TRAILING_FRACTION_ZEROS.matcher(value).replaceFirst("$1");
        return EMPTY_FRACTION.matcher(value).replaceFirst("");
    }

    /** MySQL writes a set as {@code a,b}; an array target as {@code {a,b}} (members of a set hold no comma). */
    private static String members(String text) {
        String list = text.startsWith("{") && text.endsWith("}") ? text.substring(1, text.length() - 1) : text;
        return Arrays.stream(list.split(",")).map(m -> m.replaceAll("^\"|\"$", "")).filter(m -> !m.isEmpty())
                .collect(Collectors.toCollection(TreeSet::new)).stream().collect(Collectors.joining(","));
    }
}
