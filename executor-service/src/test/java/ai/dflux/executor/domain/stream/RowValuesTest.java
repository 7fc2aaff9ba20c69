package ai.dflux.executor.domain.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.junit.jupiter.api.Test;

class RowValuesTest {

    private static final String PLACEHOLDER = CommonEngineSettings.UNAVAILABLE_PLACEHOLDER;
    private static final Schema ROW = SchemaBuilder.struct()
            .field("id", Schema.INT32_SCHEMA)
            .field("body", Schema.OPTIONAL_STRING_SCHEMA)
            .field("views", Schema.OPTIONAL_INT32_SCHEMA)
            .field("notes", Schema.OPTIONAL_STRING_SCHEMA)
            .build();
    private static final TargetTable NOTES = new TargetTable(
            Plans.table("public", "public", "notes", List.of("id"), "id", "body", "views", "notes"), Map.of());

    private static Struct row(int id, String body, Integer views, String notes) {
        return new Struct(ROW).put("id", id).put("body", body).put("views", views).put("notes", notes);
    }

    @Test
    void aPlaceholderLeavesItsColumnUnavailableAndTheOthersKeepTheirOrder() {
        RowValues values = RowValues.of(NOTES, row(1, PLACEHOLDER, 5, null));

        assertThat(values.complete()).isFalse();
        assertThat(values.columns()).extracting(column -> column.source()).containsExactly("id", "views", "notes");
        assertThat(values.values()).containsExactly("1", "5", null);
        assertThat(values.unavailable()).extracting(column -> column.source()).containsExactly("body");
    }

    @Test
    void completedValuesComeInTheWrittenColumnsOrder() {
        RowValues values = RowValues.of(NOTES, row(1, PLACEHOLDER, 5, PLACEHOLDER));

        RowValues whole = values.completedWith(NOTES, List.of("read body", "read notes"));

        assertThat(whole.complete()).isTrue();
        assertThat(whole.columns()).extracting(column -> column.source())
                .containsExactly("id", "body", "views", "notes");
        assertThat(whole.values()).containsExactly("1", "read body", "5", "read notes");
        assertThatThrownBy(() -> values.completedWith(NOTES, List.of("one"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2 values are missing, 1 given");
    }
}
