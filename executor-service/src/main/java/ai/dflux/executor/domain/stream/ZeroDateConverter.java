package ai.dflux.executor.domain.stream;

import ai.dflux.contracts.conversion.ColumnPlan;
import ai.dflux.contracts.conversion.TablePlan;
import ai.dflux.contracts.conversion.ValueRule;
import ai.dflux.contracts.values.SourceValues;
import io.debezium.spi.converter.CustomConverter;
import io.debezium.spi.converter.RelationalColumn;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.connect.data.SchemaBuilder;

/**
 * Keeps MySQL/MariaDB zero dates apart from real dates for columns under {@link ValueRule#ZERO_DATE_TO_MINUS_INFINITY}.
 * The binlog reader turns a zero date into null, and Debezium's own converter then puts the column default or the epoch
 * in a NOT NULL column, a real date indistinguishable from the zero date. This converter sees the reader's value
 * first and writes the PostgreSQL text: {@code -infinity} for a zero date in a NOT NULL column and for the zero
 * TIMESTAMP (epoch second 0, which no real TIMESTAMP holds). In a nullable DATE or DATETIME column a zero date and NULL
 * both arrive as null: the binlog reader keeps nothing that tells them apart. Such a column's schema is named
 * {@link #NULL_OR_ZERO_DATE}, and {@link ZeroDateRecheck} asks the source which of its nulls are zero dates.
 */
public final class ZeroDateConverter implements CustomConverter<SchemaBuilder, RelationalColumn> {

    static final String MINUS_INFINITY = "-infinity";
    /** The schema name of a nullable DATE or DATETIME column's text, whose null may be a zero date. */
    static final String NULL_OR_ZERO_DATE = "ai.dflux.executor.NullOrZeroDate";
    private static final DateTimeFormatter DATETIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSS",
            Locale.ROOT);

    private Set<String> columns = Set.of();

    /** The {@code database.table.column} names (lower case) of the columns under the zero-date rule. */
    static String columnList(List<TablePlan> tables) {
        return tables.stream()
                .flatMap(table -> table.columns().stream()
                        .filter(column -> column.valueRule() == ValueRule.ZERO_DATE_TO_MINUS_INFINITY)
                        .map(column -> qualified(table.sourceSchema(), table.sourceTable(), column)))
                .collect(Collectors.joining(","));
    }

    private static String qualified(String database, String table, ColumnPlan column) {
        return (database + "." + table + "." + column.source()).toLowerCase(Locale.ROOT);
    }

    @Override
    public void configure(Properties properties) {
        String list = properties.getProperty("columns", "");
        columns = Arrays.stream(list.split(",")).map(String::trim).filter(name -> !name.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public void converterFor(RelationalColumn column, ConverterRegistration<SchemaBuilder> registration) {
        String name = (column.dataCollection() + "." + column.name()).toLowerCase(Locale.ROOT);
        if (!columns.contains(name)) {
            return;
        }
        boolean notNull = !column.isOptional();
        SchemaBuilder schema = SchemaBuilder.string().optional();
        if (!notNull && nullsMayBeZeroDates(column.typeName())) {
            schema.name(NULL_OR_ZERO_DATE);
        }
        registration.register(schema, value -> text(value, notNull));
    }

    /** The binlog reader gives a TIMESTAMP's zero as the epoch, but a DATE's or DATETIME's as null. */
    static boolean nullsMayBeZeroDates(String typeName) {
        String type = typeName == null ? "" : typeName.toUpperCase(Locale.ROOT);
        return type.equals("DATE") || type.equals("DATETIME");
    }

    static String text(Object value, boolean notNull) {
        if (value == null) {
            return notNull ? MINUS_INFINITY : null;
        }
        if (value instanceof LocalDate date) {
            return date.toString();
        }
        if (value instanceof LocalDateTime dateTime) {
            return DATETIME.format(dateTime);
        }
        if (value instanceof ZonedDateTime zoned) {
            return instant(zoned.toInstant());
        }
        if (value instanceof OffsetDateTime offset) {
            return instant(offset.toInstant());
        }
        if (value instanceof Instant instant) {
            return instant(instant);
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return DATETIME.format(timestamp.toLocalDateTime());
        }
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate().toString();
        }
        String text = value.toString();
        return SourceValues.isZeroDate(text) ? MINUS_INFINITY : text;
    }

    private static String instant(Instant instant) {
        if (instant.getEpochSecond() == 0 && instant.getNano() == 0) {
            return MINUS_INFINITY;
        }
        return DATETIME.format(LocalDateTime.ofInstant(instant, ZoneOffset.UTC)) + "+00";
    }
}
