package ai.dflux.executor.domain.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.source.SourceRecord;
import org.junit.jupiter.api.Test;

class SourceSchemaGuardTest {

    private static final String PREFIX = "dflux_m";
    private final SourceSchemaGuard guard = new SourceSchemaGuard(List.of(Plans.table("public", "public", "orders",
            List.of("id"), "id", "total")));

    @Test
    void aChangeWithTheKnownColumnsPasses() {
        assertThat(guard.unknownIn(event("orders", "id", "total"))).isEmpty();
        assertThat(guard.unknownIn(event("orders", "id"))).as("a column left out (a TOAST value, a dropped column)")
                .isEmpty();
    }

    @Test
    void aColumnThePlanLacksIsNamed() {
        assertThat(guard.unknownIn(event("orders", "id", "total", "note")))
                .hasValueSatisfying(detail -> assertThat(detail).contains("public.orders").contains("column note"));
    }

    @Test
    void aColumnAddedLaterIsFoundAfterTheTableWasSeenWithoutIt() {
        StreamEvent known = event("orders", "id", "total");
        assertThat(guard.unknownIn(known)).isEmpty();
        assertThat(guard.unknownIn(known)).as("the same row schema again").isEmpty();

        assertThat(guard.unknownIn(event("orders", "id", "total", "note"))).as("the table's next schema version")
                .hasValueSatisfying(detail -> assertThat(detail).contains("column note"));
    }

    @Test
    void aTableThePlanLacksIsNamed() {
        assertThat(guard.unknownIn(event("invoices", "id"))).hasValueSatisfying(detail -> assertThat(detail)
                .contains("public.invoices"));
    }

    @Test
    void recordsThatAreNoRowChangeAreNotChecked() {
        Schema schema = SchemaBuilder.struct().field("status", Schema.STRING_SCHEMA).build();
        SourceRecord transactionEnd = new SourceRecord(Map.of(), Map.of(), PREFIX + ".transaction", schema,
                new Struct(schema).put("status", "END"));
        assertThat(guard.unknownIn(StreamEvent.of(transactionEnd, PREFIX))).isEmpty();
    }

    private static StreamEvent event(String table, String... columns) {
        return StreamEvent.of(change(table, columns), PREFIX);
    }

    private static SourceRecord change(String table, String... columns) {
        SchemaBuilder row = SchemaBuilder.struct().optional();
        for (String column : columns) {
            row.field(column, Schema.OPTIONAL_STRING_SCHEMA);
        }
        Schema rowSchema = row.build();
        Schema source = SchemaBuilder.struct().field("schema", Schema.STRING_SCHEMA)
                .field("table", Schema.STRING_SCHEMA).build();
        Schema envelope = SchemaBuilder.struct().field("op", Schema.STRING_SCHEMA).field("before", rowSchema)
                .field("after", rowSchema).field("source", source).build();
        Struct after = new Struct(rowSchema);
        for (String column : columns) {
            after.put(column, "v");
        }
        Struct value = new Struct(envelope).put("op", "c").put("after", after)
                .put("source", new Struct(source).put("schema", "public").put("table", table));
        return new SourceRecord(Map.of(), Map.of(), PREFIX + ".public." + table, envelope, value);
    }
}
