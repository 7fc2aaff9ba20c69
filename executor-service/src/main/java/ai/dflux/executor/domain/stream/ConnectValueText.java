package ai.dflux.executor.domain.stream;

import ai.dflux.contracts.conversion.ColumnPlan;
import ai.dflux.contracts.conversion.ValueRule;
import ai.dflux.contracts.values.SourceValues;
import ai.dflux.executor.domain.values.PgText;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.SignStyle;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.Struct;
import org.postgresql.PGStatement;

/**
 * A Debezium change event value as the PostgreSQL text its target column takes: passed as an untyped parameter,
 * PostgreSQL casts it to the column's type. Semantic types are told apart by their Connect schema names.
 */
final class ConnectValueText {

    /** A year of four digits or more, without the sign ISO puts before five: BC years are written as PostgreSQL's. */
    private static final DateTimeFormatter DATE = new DateTimeFormatterBuilder()
            .appendValue(ChronoField.YEAR, 4, 10, SignStyle.NORMAL).appendPattern("-MM-dd").toFormatter(Locale.ROOT);
    private static final DateTimeFormatter DATE_TIME = new DateTimeFormatterBuilder().append(DATE)
            .appendPattern(" HH:mm:ss.SSSSSS").toFormatter(Locale.ROOT);
    private static final byte[] PLACEHOLDER_BYTES =
            CommonEngineSettings.UNAVAILABLE_PLACEHOLDER.getBytes(StandardCharsets.UTF_8);

    private ConnectValueText() {
    }

    /**
     * Whether Debezium sent its placeholder instead of the value: PostgreSQL does not log a TOASTed value an UPDATE left
     * untouched, and the placeholder must never overwrite it.
     */
    static boolean isUnavailable(Object value) {
        if (value instanceof String text) {
            return CommonEngineSettings.UNAVAILABLE_PLACEHOLDER.equals(text);
        }
        if (value instanceof byte[] bytes) {
            return Arrays.equals(bytes, PLACEHOLDER_BYTES);
        }
        if (value instanceof ByteBuffer buffer) {
            return buffer.remaining() == PLACEHOLDER_BYTES.length && Arrays.equals(bytes(buffer), PLACEHOLDER_BYTES);
        }
        if (value instanceof List<?> list) {
            return list.size() == 1 && isUnavailable(list.get(0));
        }
        return false;
    }

    static String text(Schema schema, Object value, ColumnPlan column) {
        if (value == null) {
            return null;
        }
        ValueRule rule = column == null || column.valueRule() == null ? ValueRule.AS_IS : column.valueRule();
        String name = schema == null ? null : schema.name();
        if (name != null) {
            String semantic = semantic(name, schema, value, rule, column);
            if (semantic != null) {
                return semantic;
            }
        }
        if (value instanceof byte[] || value instanceof ByteBuffer) {
            byte[] bytes = value instanceof byte[] b ? b : bytes((ByteBuffer) value);
            return rule == ValueRule.BITS_TO_BIT_STRING ? SourceValues.bitString(bytes, bytes.length * 8)
                    : PgText.bytea(bytes);
        }
        if (value instanceof Boolean bool) {
            return isBitTarget(column) ? (bool ? "1" : "0") : bool.toString();
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof List<?> list) {
            Schema element = schema == null ? null : schema.valueSchema();
            List<String> elements = new ArrayList<>(list.size());
            for (Object item : list) {
                elements.add(text(element, item, null));
            }
            return PgText.array(elements);
        }
        if (value instanceof Map<?, ?> map) {
            return hstore(map);
        }
        if (value instanceof String text) {
            String infinity = infiniteNumeric(text);
            if (infinity != null && isNumericTarget(column)) {
                return infinity;
            }
        }
        if (value instanceof Struct struct) {
            throw new IllegalArgumentException("no PostgreSQL text for the structured value " + struct.schema().name()
                    + " of column " + (column == null ? "?" : column.source()));
        }
        return value.toString();
    }

    private static String semantic(String name, Schema schema, Object value, ValueRule rule, ColumnPlan column) {
        switch (name) {
            case "io.debezium.time.Date":
                return epochDay(((Number) value).intValue());
            case "io.debezium.time.Timestamp":
                return timestamp(((Number) value).longValue(), 1_000L, 1L);
            case "io.debezium.time.MicroTimestamp":
                return timestamp(((Number) value).longValue(), 1L, 1L);
            case "io.debezium.time.NanoTimestamp":
                return timestamp(((Number) value).longValue(), 1L, 1_000L);
            case "io.debezium.time.Time":
                return duration(((Number) value).longValue() * 1_000L);
            case "io.debezium.time.MicroTime":
                return duration(((Number) value).longValue());
            case "io.debezium.time.NanoTime":
                return duration(Math.floorDiv(((Number) value).longValue(), 1_000L));
            case "io.debezium.data.EnumSet":
                return rule == ValueRule.SET_TO_ARRAY || isArrayTarget(column)
                        ? SourceValues.setAsArrayLiteral(value.toString()) : value.toString();
            case "io.debezium.data.Bits":
                return bits(value, schema, column);
            case "io.debezium.data.geometry.Geometry":
            case "io.debezium.data.geometry.Geography":
                return geometry((Struct) value, rule);
            case "io.debezium.data.geometry.Point":
                Struct point = (Struct) value;
                return "(" + point.getFloat64("x") + "," + point.getFloat64("y") + ")";
            case "org.apache.kafka.connect.data.Decimal":
                return ((BigDecimal) value).toPlainString();
            case "io.debezium.data.VariableScaleDecimal":
                return value instanceof Struct struct ? variableScale(struct) : value.toString();
            case "io.debezium.time.Year":
                // the binlog stores YEAR as years after 1900, so MySQL's year 0000 arrives as 1900, a year no YEAR
                // column can hold otherwise (1901 to 2155)
                return ((Number) value).intValue() == 1900 ? "0" : value.toString();
            case "io.debezium.time.ZonedTimestamp":
                return zonedTimestamp(value.toString());
            default:
                // ZonedTime, Json, Uuid, Enum, Xml, Ltree: their text is PostgreSQL's
                return null;
        }
    }

    /** Days between 1970-01-01 and PostgreSQL's own epoch, 2000-01-01. */
    private static final int POSTGRES_EPOCH_DAY = 10_957;

    /**
     * PostgreSQL keeps its infinite dates as the extremes of int counted from 2000-01-01; Debezium shifts them to
     * 1970-01-01 in int arithmetic, so -infinity arrives as {@code MIN_VALUE + 10957} and infinity, overflowing, as
     * {@code MIN_VALUE + 10956}. No real date is that far back (PostgreSQL's first is 4714 BC).
     */
    private static String epochDay(int day) {
        if (day == Integer.MAX_VALUE || day == Integer.MAX_VALUE + POSTGRES_EPOCH_DAY) {
            return "infinity";
        }
        if (day == Integer.MIN_VALUE || day == Integer.MIN_VALUE + POSTGRES_EPOCH_DAY) {
            return "-infinity";
        }
        return date(LocalDate.ofEpochDay(day));
    }

    private static String date(LocalDate date) {
        if (date.getYear() <= 0) {
            return DATE.format(date.withYear(1 - date.getYear())) + " BC";
        }
        return DATE.format(date);
    }

    /**
     * A timestamp without time zone counted in units of {@code multiplier / divisor} microseconds from 1970. Debezium
     * gives PostgreSQL's infinities as the driver's markers ({@code PGStatement.DATE_POSITIVE_INFINITY} and
     * {@code DATE_NEGATIVE_INFINITY}) in whatever unit the column has (MySQL and MariaDB have no infinite times). The one
     * real timestamp equal to a marker, 294247-01-10 04:00:25.2 in microseconds, is read as infinity too.
     */
    private static String timestamp(long value, long multiplier, long divisor) {
        if (value == Long.MAX_VALUE || value == PGStatement.DATE_POSITIVE_INFINITY) {
            return "infinity";
        }
        if (value == Long.MIN_VALUE || value == PGStatement.DATE_NEGATIVE_INFINITY) {
            return "-infinity";
        }
        long micros = Math.floorDiv(Math.multiplyExact(value, multiplier), divisor);
        return dateTime(LocalDateTime.ofEpochSecond(Math.floorDiv(micros, 1_000_000L),
                (int) Math.floorMod(micros, 1_000_000L) * 1_000, ZoneOffset.UTC), "");
    }

    /**
     * Debezium's ISO text of a timestamp with time zone, which PostgreSQL reads as it is unless its year is outside
     * 1–9999: ISO then writes a sign ({@code -4712} for 4713 BC, {@code +12345}) that PostgreSQL refuses.
     */
    private static String zonedTimestamp(String iso) {
        if (!iso.startsWith("-") && !iso.startsWith("+") && !iso.startsWith("0000-")) {
            return iso;
        }
        try {
            return dateTime(OffsetDateTime.parse(iso).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime(), "+00");
        } catch (DateTimeParseException e) {
            return iso; // not a time Java knows (MySQL's zero date): the target judges it
        }
    }

    private static String dateTime(LocalDateTime time, String zone) {
        if (time.getYear() <= 0) {
            return DATE_TIME.format(time.withYear(1 - time.getYear())) + zone + " BC";
        }
        return DATE_TIME.format(time) + zone;
    }

    /**
     * Microseconds as {@code [-]H:MM:SS.ffffff}: a time of day for {@code time}, an elapsed time for {@code interval}
     * (MySQL TIME reaches -838:59:59).
     */
    private static String duration(long micros) {
        String sign = micros < 0 ? "-" : "";
        long magnitude = Math.abs(micros);
        long seconds = magnitude / 1_000_000L;
        return String.format(Locale.ROOT, "%s%d:%02d:%02d.%06d", sign, seconds / 3600, (seconds / 60) % 60,
                seconds % 60, magnitude % 1_000_000L);
    }

    /** Debezium sends bits least significant byte first. */
    private static String bits(Object value, Schema schema, ColumnPlan column) {
        byte[] littleEndian = value instanceof byte[] b ? b : bytes((ByteBuffer) value);
        byte[] bigEndian = new byte[littleEndian.length];
        for (int i = 0; i < littleEndian.length; i++) {
            bigEndian[i] = littleEndian[littleEndian.length - 1 - i];
        }
        String length = schema.parameters() == null ? null : schema.parameters().get("length");
        int bits = length == null ? bigEndian.length * 8 : Integer.parseInt(length);
        return SourceValues.bitString(bigEndian, bits);
    }

    /** MySQL's own bytes (4-byte little-endian SRID, then the WKB) or, for a PostGIS target, the hex WKB. */
    private static String geometry(Struct geometry, ValueRule rule) {
        byte[] wkb = geometry.getBytes("wkb");
        if (rule == ValueRule.SPATIAL_AS_BYTES) {
            Integer srid = geometry.getInt32("srid");
            ByteBuffer bytes = ByteBuffer.allocate(4 + wkb.length).order(ByteOrder.LITTLE_ENDIAN);
            bytes.putInt(srid == null ? 0 : srid).put(wkb);
            return PgText.bytea(bytes.array());
        }
        return java.util.HexFormat.of().formatHex(wkb);
    }

    private static String variableScale(Struct struct) {
        byte[] unscaled = struct.getBytes("value");
        return new BigDecimal(new java.math.BigInteger(unscaled), struct.getInt32("scale")).toPlainString();
    }

    private static String hstore(Map<?, ?> map) {
        StringBuilder out = new StringBuilder();
        map.forEach((key, value) -> {
            if (out.length() > 0) {
                out.append(',');
            }
            out.append(quoted(String.valueOf(key))).append("=>")
                    .append(value == null ? "NULL" : quoted(String.valueOf(value)));
        });
        return out.toString();
    }

    private static String quoted(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    private static boolean isBitTarget(ColumnPlan column) {
        return targetType(column).startsWith("bit");
    }

    /**
     * PostgreSQL's text of an infinite numeric, which Debezium's decimal text names after its own constants; null for
     * any other text (its not-a-number, {@code NAN}, PostgreSQL reads as it is). Compared before the column's type, so
     * that no other string value pays for reading the type.
     */
    private static String infiniteNumeric(String text) {
        return switch (text) {
            case "POSITIVE_INFINITY" -> "Infinity";
            case "NEGATIVE_INFINITY" -> "-Infinity";
            default -> null;
        };
    }

    private static boolean isNumericTarget(ColumnPlan column) {
        String type = targetType(column);
        return type.startsWith("numeric") || type.startsWith("decimal");
    }

    private static boolean isArrayTarget(ColumnPlan column) {
        return targetType(column).endsWith("[]");
    }

    /** The column's target type as lower-case text; empty when the value has no column or the column no type. */
    private static String targetType(ColumnPlan column) {
        return column == null || column.targetType() == null ? ""
                : column.targetType().trim().toLowerCase(Locale.ROOT);
    }

    private static byte[] bytes(ByteBuffer buffer) {
        ByteBuffer copy = buffer.duplicate();
        byte[] bytes = new byte[copy.remaining()];
        copy.get(bytes);
        return bytes;
    }
}
