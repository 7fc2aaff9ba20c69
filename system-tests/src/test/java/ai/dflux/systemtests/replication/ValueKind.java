package ai.dflux.systemtests.replication;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How a column's values are compared, chosen by the column's PostgreSQL type on the target; each kind turns the text a
 * side read into one canonical text, so equal values of the source and target types compare equal as strings. The
 * rules follow {@code docs/type-mapping.md}: a MySQL zero date is {@code -infinity}, a SET is an array, BIT is a string
 * of binary digits, TIMESTAMP and timestamptz are UTC instants.
 */
public enum ValueKind {
    /** Exact decimals and integers: the number without trailing zeros. */
    NUMBER,
    /** real, double precision: read as a Java double (see {@link ComparedSide#read}). */
    FLOAT,
    BOOLEAN,
    DATE,
    LOCAL_DATE_TIME,
    INSTANT,
    /** Lower-case hex. */
    BYTES,
    /** Parsed and written again with sorted keys. */
    JSON,
    /** Read as a JSON array (PostgreSQL {@code array_to_json}, a MySQL SET split at commas); compared element-wise. */
    ARRAY,
    /** A string of binary digits. */
    BITS,
    /** Seconds, as a number (PostgreSQL {@code extract(epoch ...)}, MySQL {@code TIME_TO_SEC}). */
    INTERVAL,
    /** The exact text: varchar, text, enum labels, uuid. */
    TEXT;

    private static final ObjectMapper JSON_MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(false))
            .build();
    private static final DateTimeFormatter READ_DATE_TIME = new DateTimeFormatterBuilder()
            .appendPattern("uuuu-MM-dd HH:mm:ss")
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .toFormatter(Locale.ROOT);
    private static final DateTimeFormatter WRITE_DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSS",
            Locale.ROOT);
    private static final String MINUS_INFINITY = "-infinity";

    /** The kind for a target column, from PostgreSQL's {@code information_schema.columns.data_type}. */
    public static ValueKind ofTargetType(String dataType) {
        return switch (dataType) {
            case "smallint", "integer", "bigint", "numeric" -> NUMBER;
            case "real", "double precision" -> FLOAT;
            case "boolean" -> BOOLEAN;
            case "date" -> DATE;
            case "timestamp without time zone" -> LOCAL_DATE_TIME;
            case "timestamp with time zone" -> INSTANT;
            case "bytea" -> BYTES;
            case "json", "jsonb" -> JSON;
            case "ARRAY" -> ARRAY;
            case "bit", "bit varying" -> BITS;
            case "interval" -> INTERVAL;
            default -> TEXT;
        };
    }

    /** The canonical text of a value as read; null stays null. */
    public String canonical(String text) {
        if (text == null) {
            return null;
        }
        try {
            return switch (this) {
                case NUMBER, INTERVAL -> number(text);
                case FLOAT, TEXT, BITS -> text;
                case BOOLEAN -> bool(text);
                case DATE -> isInfinite(text) ? infinity(text) : LocalDate.parse(text).toString();
                case LOCAL_DATE_TIME -> isInfinite(text) ? infinity(text)
                        : WRITE_DATE_TIME.format(LocalDateTime.parse(text, READ_DATE_TIME));
                case INSTANT -> isInfinite(text) ? infinity(text)
                        : WRITE_DATE_TIME.format(LocalDateTime.parse(text, READ_DATE_TIME)) + "Z";
                case BYTES -> text.toLowerCase(Locale.ROOT);
                case JSON -> JSON_MAPPER.writeValueAsString(JSON_MAPPER.treeToValue(JSON_MAPPER.readTree(text),
                        Object.class));
                case ARRAY -> array(text);
            };
        } catch (DateTimeParseException | NumberFormatException | java.io.IOException e) {
            return "unreadable " + name() + ": " + text;
        }
    }

    private static String number(String text) {
        if (text.equals("NaN") || text.endsWith("Infinity")) {
            return text;
        }
        return new BigDecimal(text).stripTrailingZeros().toPlainString();
    }

    private static String bool(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "t", "true", "1" -> "true";
            case "f", "false", "0" -> "false";
            default -> "not a boolean: " + text;
        };
    }

    /**
     * PostgreSQL's infinities, and MySQL's zero date or a date with a zero month or day, which the executor writes as
     * {@code -infinity}.
     */
    private static boolean isInfinite(String text) {
        return text.endsWith("infinity") || text.startsWith("0000-") || text.matches("\\d{4}-(00-\\d\\d|\\d\\d-00).*");
    }

    private static String infinity(String text) {
        return text.equals("infinity") ? text : MINUS_INFINITY;
    }

    private static String array(String json) throws java.io.IOException {
        List<String> elements = new ArrayList<>();
        for (JsonNode element : JSON_MAPPER.readTree(json)) {
            elements.add(element.isNull() ? null : element.isNumber() ? number(element.asText())
                    : element.isTextual() ? element.textValue() : element.toString());
        }
        return JSON_MAPPER.writeValueAsString(elements);
    }
}
