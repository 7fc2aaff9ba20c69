package ai.dflux.executor.domain.stream;

import io.debezium.connector.postgresql.UnchangedToastedReplicationMessageColumn;
import io.debezium.spi.converter.CustomConverter;
import io.debezium.spi.converter.RelationalColumn;
import java.nio.charset.StandardCharsets;
import java.sql.Types;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.connect.data.SchemaBuilder;

/**
 * Carries a PostgreSQL column as the text pgoutput sends where Debezium's own conversion would drop or change it:
 * composite types, {@code pg_lsn}, {@code tsquery}, {@code jsonpath} and the transaction id and snapshot types, which it
 * leaves out of every change (only logging a warning) or hands over as bytes; the geometric shapes but the point, which
 * it hands over as bytes; bit strings, whose length a {@code varbit} value loses (and which a {@code bit(1)} turns into a
 * boolean); and every array, whose lower bounds it drops, whose second dimension it turns into NULLs, and whose
 * composite elements it cannot read. PostgreSQL's text of a value is read back as the same value, so the target gets it
 * exactly. Needs {@code include.unknown.datatypes}, without which Debezium hands over no value for the types it does
 * not know.
 */
public final class SourceTextConverter implements CustomConverter<SchemaBuilder, RelationalColumn> {

    private static final Set<String> TYPES = Set.of("bit", "varbit", "pg_lsn", "tsquery", "jsonpath", "xid", "xid8",
            "pg_snapshot", "txid_snapshot", "line", "lseg", "box", "path", "polygon", "circle");

    /** Types of extensions that Debezium converts itself (its {@code TypeRegistry}); any other arrives as bytes. */
    private static final Set<String> EXTENSION_TYPES_DEBEZIUM_KNOWS = Set.of("hstore", "citext", "ltree", "isbn",
            "geometry", "geography", "vector", "halfvec", "sparsevec");

    /** PostgreSQL's first object id for objects not built in ({@code FirstNormalObjectId}): an extension's types. */
    private static final int FIRST_USER_OID = 16_384;

    @Override
    public void configure(Properties properties) {
    }

    @Override
    public void converterFor(RelationalColumn column, ConverterRegistration<SchemaBuilder> registration) {
        if (column.jdbcType() == Types.STRUCT || column.jdbcType() == Types.ARRAY || TYPES.contains(column.typeName())
                || isUnknownExtensionType(column)) {
            registration.register(SchemaBuilder.string().optional(), SourceTextConverter::text);
        }
    }

    /**
     * A type of an extension Debezium does not know ({@code cube}, {@code seg}, ...). A domain's native type is its base
     * type's, so a domain over {@code bytea} or {@code json} is not one; a domain over a known extension type is, and its
     * value is read as its text too.
     */
    private static boolean isUnknownExtensionType(RelationalColumn column) {
        return column.jdbcType() == Types.OTHER && column.nativeType() >= FIRST_USER_OID
                && !EXTENSION_TYPES_DEBEZIUM_KNOWS.contains(column.typeName());
    }

    /**
     * The value's text. An unchanged TOASTed value, which pgoutput does not send, becomes the placeholder the applier
     * never writes (the connector hands this converter its own marker object instead).
     */
    private static Object text(Object value) {
        if (value == null) {
            return null;
        }
        if (UnchangedToastedReplicationMessageColumn.isUnchangedToastedValue(value)) {
            return CommonEngineSettings.UNAVAILABLE_PLACEHOLDER;
        }
        return value instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : value.toString();
    }
}
