package ai.dflux.executor.domain.stream;

import static org.assertj.core.api.Assertions.assertThat;

import io.debezium.connector.postgresql.UnchangedToastedReplicationMessageColumn;
import io.debezium.spi.converter.CustomConverter;
import io.debezium.spi.converter.RelationalColumn;
import java.nio.charset.StandardCharsets;
import java.sql.Types;
import java.util.OptionalInt;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.junit.jupiter.api.Test;

class SourceTextConverterTest {

    private final SourceTextConverter converter = new SourceTextConverter();

    @Test
    void aCompositeColumnIsCarriedAsOptionalText() {
        Registered registered = register(Types.STRUCT, "tagged");

        assertThat(registered.schema().type()).isEqualTo(Schema.Type.STRING);
        assertThat(registered.schema().isOptional()).isTrue();
        assertThat(registered.converter().convert("(\"a, b\",2)")).isEqualTo("(\"a, b\",2)");
        assertThat(registered.converter().convert(null)).isNull();
    }

    @Test
    void aValueHandedOverAsBytesIsReadAsItsUtf8TextNotAsTheArraysName() {
        Registered registered = register(Types.OTHER, "pg_snapshot");

        byte[] bytes = "10:20:10,14,15 ü".getBytes(StandardCharsets.UTF_8);
        assertThat(registered.converter().convert(bytes)).isEqualTo("10:20:10,14,15 ü");
    }

    @Test
    void anUnchangedToastedValueBecomesThePlaceholderTheApplierNeverWrites() {
        for (Registered registered : new Registered[] {register(Types.STRUCT, "tagged"), register(Types.ARRAY, "_int4"),
            register(Types.OTHER, "varbit")}) {
            assertThat(registered.converter().convert(UnchangedToastedReplicationMessageColumn.UNCHANGED_TOAST_VALUE))
                    .isEqualTo(CommonEngineSettings.UNAVAILABLE_PLACEHOLDER);
            assertThat(registered.converter().convert(
                    UnchangedToastedReplicationMessageColumn.UNCHANGED_INT_ARRAY_TOAST_VALUE))
                    .isEqualTo(CommonEngineSettings.UNAVAILABLE_PLACEHOLDER);
        }
    }

    @Test
    void everyTypeDebeziumDropsOrChangesIsTakenEveryArrayToo() {
        for (String type : new String[] {"bit", "varbit", "pg_lsn", "tsquery", "jsonpath", "xid", "xid8", "pg_snapshot",
            "txid_snapshot", "line", "lseg", "box", "path", "polygon", "circle"}) {
            assertThat(register(Types.OTHER, type)).as(type).isNotNull();
        }
        assertThat(register(Types.ARRAY, "_int4")).isNotNull();
        assertThat(register(Types.ARRAY, "_tagged")).isNotNull();
    }

    @Test
    void anExtensionsTypeDebeziumDoesNotKnowIsTakenOneItKnowsIsNot() {
        assertThat(register(Types.OTHER, "cube", 16_387)).isNotNull();
        assertThat(register(Types.OTHER, "hstore", 16_550)).isNull();
        assertThat(register(Types.OTHER, "citext", 16_678)).isNull();
        assertThat(register(Types.BINARY, "sha", 17)).as("a domain over bytea: its native type is bytea's").isNull();
        assertThat(register(Types.OTHER, "doc", 114)).as("a domain over json").isNull();
    }

    @Test
    void typesDebeziumConvertsItselfAreLeftToIt() {
        assertThat(register(Types.INTEGER, "int4")).isNull();
        assertThat(register(Types.OTHER, "jsonb")).isNull();
        assertThat(register(Types.OTHER, "point")).isNull();
    }

    /** What the converter registered for a column of this type, or null when it left the column alone. */
    private Registered register(int jdbcType, String typeName) {
        return register(jdbcType, typeName, 0);
    }

    private Registered register(int jdbcType, String typeName, int nativeType) {
        Registered[] registered = new Registered[1];
        CustomConverter.ConverterRegistration<SchemaBuilder> registration =
                (schema, conversion) -> registered[0] = new Registered(schema.build(), conversion);
        converter.converterFor(new Column(jdbcType, typeName, nativeType), registration);
        return registered[0];
    }

    private record Registered(Schema schema, CustomConverter.Converter converter) {
    }

    private record Column(int jdbcType, String typeName, int nativeType) implements RelationalColumn {

        @Override
        public String typeExpression() {
            return typeName;
        }

        @Override
        public OptionalInt length() {
            return OptionalInt.empty();
        }

        @Override
        public OptionalInt scale() {
            return OptionalInt.empty();
        }

        @Override
        public boolean isOptional() {
            return true;
        }

        @Override
        public Object defaultValue() {
            return null;
        }

        @Override
        public boolean hasDefaultValue() {
            return false;
        }

        @Override
        public String name() {
            return "c";
        }

        @Override
        public String dataCollection() {
            return "public.t";
        }
    }
}
