package ai.dflux.executor.domain.stream;

import io.debezium.spi.converter.CustomConverter;
import io.debezium.spi.converter.RelationalColumn;
import java.nio.charset.StandardCharsets;
import java.sql.Types;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.connect.data.SchemaBuilder;

/**
 * Carries a PostgreSQL column as the text pgoutput sends where Debezium's own conversion would drop or change it:
 * composite types and {@code pg_lsn}, {@code tsquery} and the transaction id types, which it leaves out of every change
 * (only logging a warning), and bit strings, whose length a {@code varbit} value loses (and which a {@code bit(1)}
 * turns into a boolean). PostgreSQL's text of a value is read back as the same value, so the target gets it exactly.
 * Needs {@code include.unknown.datatypes}, without which Debezium hands over no value for the types it does not know.
 */
public final class SourceTextConverter implements CustomConverter<SchemaBuilder, RelationalColumn> {

    private static final Set<String> TYPES = Set.of("bit", "varbit", "pg_lsn", "tsquery", "xid", "xid8", "pg_snapshot",
            "txid_snapshot");

    @Override
    public void configure(Properties properties) {
    }

    @Override
    public void converterFor(RelationalColumn column, ConverterRegistration<SchemaBuilder> registration) {
        if (column.jdbcType() == Types.STRUCT || TYPES.contains(column.typeName())) {
            registration.register(SchemaBuilder.string().optional(), SourceTextConverter::text);
        }
    }

    private static Object text(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : value.toString();
    }
}
