package ai.dflux.executor.domain.stream;

import static org.assertj.core.api.Assertions.assertThat;

import ai.dflux.contracts.conversion.ColumnPlan;
import ai.dflux.contracts.conversion.ValueRule;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.junit.jupiter.api.Test;

class ConnectValueTextTest {

    private static ColumnPlan column(String type, ValueRule rule) {
        return new ColumnPlan("c", "c", null, type, rule, false, null);
    }

    private static String text(Schema schema, Object value, ColumnPlan column) {
        return ConnectValueText.text(schema, value, column);
    }

    @Test
    void theBinlogsYear1900IsMySqlsYearZero() {
        Schema year = SchemaBuilder.int32().name("io.debezium.time.Year").build();
        assertThat(text(year, 1900, null)).isEqualTo("0");
        assertThat(text(year, 1901, null)).isEqualTo("1901");
        assertThat(text(year, 2155, null)).isEqualTo("2155");
    }

    @Test
    void datesAndTimesBecomePostgresText() {
        Schema date = SchemaBuilder.int32().name("io.debezium.time.Date").build();
        Schema micros = SchemaBuilder.int64().name("io.debezium.time.MicroTimestamp").build();
        Schema millis = SchemaBuilder.int64().name("io.debezium.time.Timestamp").build();
        Schema time = SchemaBuilder.int64().name("io.debezium.time.MicroTime").build();
        assertThat(text(date, 19_782, null)).isEqualTo("2024-02-29");
        assertThat(text(date, -735_000, null)).endsWith(" BC");
        assertThat(text(date, Integer.MIN_VALUE + 10_957, null)).as("as Debezium sends -infinity")
                .isEqualTo("-infinity");
        assertThat(text(date, Integer.MIN_VALUE + 10_956, null)).as("infinity, overflowed").isEqualTo("infinity");
        assertThat(text(date, Integer.MIN_VALUE, null)).isEqualTo("-infinity");
        assertThat(text(date, Integer.MAX_VALUE, null)).isEqualTo("infinity");
        assertThat(text(micros, 1_709_251_199_999_999L, null)).isEqualTo("2024-02-29 23:59:59.999999");
        assertThat(text(micros, -1L, null)).isEqualTo("1969-12-31 23:59:59.999999");
        assertThat(text(micros, Long.MAX_VALUE, null)).isEqualTo("infinity");
        assertThat(text(millis, 1_000L, null)).isEqualTo("1970-01-01 00:00:01.000000");
        Schema nanos = SchemaBuilder.int64().name("io.debezium.time.NanoTimestamp").build();
        for (Schema timestamp : List.of(micros, millis, nanos)) {
            assertThat(text(timestamp, 9_223_372_036_825_200_000L, null)).as("PostgreSQL's infinity, as pgoutput's"
                    + " is sent in " + timestamp.name()).isEqualTo("infinity");
            assertThat(text(timestamp, -9_223_372_036_832_400_000L, null)).isEqualTo("-infinity");
        }
        assertThat(text(nanos, 1_500L, null)).isEqualTo("1970-01-01 00:00:00.000001");
        assertThat(text(date, 2_145_042_905, null)).as("the last date PostgreSQL has")
                .isEqualTo("5874897-12-31");
        assertThat(text(micros, 327_416_976_550_111_213L, null)).isEqualTo("12345-06-07 08:09:10.111213");
        Schema zoned = SchemaBuilder.string().name("io.debezium.time.ZonedTimestamp").build();
        assertThat(text(zoned, "2024-02-29T18:29:59.123456Z", null)).isEqualTo("2024-02-29T18:29:59.123456Z");
        assertThat(text(zoned, "-4712-01-01T00:00:00.000000Z", null)).isEqualTo("4713-01-01 00:00:00.000000+00 BC");
        assertThat(text(zoned, "0000-12-31T23:00:00-01:00", null)).isEqualTo("0001-01-01 00:00:00.000000+00");
        assertThat(text(zoned, "+12345-06-07T08:09:10.5Z", null)).isEqualTo("12345-06-07 08:09:10.500000+00");
        assertThat(text(time, -45_296_500_000L, null)).isEqualTo("-12:34:56.500000");
        assertThat(text(time, 3_023_999_000_000L, null)).isEqualTo("839:59:59.000000");
    }

    @Test
    void mySqlRulesShapeSetsBitsAndSpatialValues() {
        Schema set = SchemaBuilder.string().name("io.debezium.data.EnumSet").build();
        Schema bits = SchemaBuilder.bytes().name("io.debezium.data.Bits").parameter("length", "12").build();
        assertThat(text(set, "a,c", column("text[]", ValueRule.SET_TO_ARRAY))).isEqualTo("{\"a\",\"c\"}");
        assertThat(text(set, "", column("text[]", ValueRule.SET_TO_ARRAY))).isEqualTo("{}");
        // Debezium sends the least significant byte first: 0x0A01 is 1010 0000 0001
        assertThat(text(bits, new byte[] {0x01, 0x0A}, column("bit(12)", ValueRule.BITS_TO_BIT_STRING)))
                .isEqualTo("101000000001");
        assertThat(text(Schema.BOOLEAN_SCHEMA, true, column("bit(1)", ValueRule.BITS_TO_BIT_STRING))).isEqualTo("1");
        assertThat(text(Schema.BOOLEAN_SCHEMA, true, column("boolean", ValueRule.AS_IS))).isEqualTo("true");
        Schema geometry = SchemaBuilder.struct().name("io.debezium.data.geometry.Geometry")
                .field("wkb", Schema.BYTES_SCHEMA).field("srid", Schema.OPTIONAL_INT32_SCHEMA).build();
        Struct point = new Struct(geometry).put("wkb", new byte[] {0x01, 0x02}).put("srid", 4326);
        assertThat(text(geometry, point, column("bytea", ValueRule.SPATIAL_AS_BYTES))).isEqualTo("\\xe61000000102");
    }

    @Test
    void bytesArraysAndNumbersKeepTheirValues() {
        Schema textArray = SchemaBuilder.array(Schema.OPTIONAL_STRING_SCHEMA).build();
        assertThat(text(Schema.BYTES_SCHEMA, new byte[] {0, (byte) 0xff}, null)).isEqualTo("\\x00ff");
        assertThat(text(textArray, Arrays.asList("a\"b", null, ""), null)).isEqualTo("{\"a\\\"b\",NULL,\"\"}");
        assertThat(text(Schema.FLOAT64_SCHEMA, 1.5e300, null)).isEqualTo("1.5E300");
        assertThat(text(Schema.STRING_SCHEMA, "", null)).isEmpty();
        assertThat(text(Schema.STRING_SCHEMA, null, null)).isNull();
    }

    @Test
    void theUnavailableValuePlaceholderIsRecognisedInEveryShape() {
        String placeholder = CommonEngineSettings.UNAVAILABLE_PLACEHOLDER;
        assertThat(ConnectValueText.isUnavailable(placeholder)).isTrue();
        assertThat(ConnectValueText.isUnavailable(placeholder.getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(ConnectValueText.isUnavailable(java.nio.ByteBuffer.wrap(placeholder.getBytes(StandardCharsets.UTF_8))))
                .isTrue();
        assertThat(ConnectValueText.isUnavailable(List.of(placeholder))).isTrue();
        assertThat(ConnectValueText.isUnavailable(List.of(placeholder, "x"))).isFalse();
        assertThat(ConnectValueText.isUnavailable("")).isFalse();
        assertThat(ConnectValueText.isUnavailable(null)).isFalse();
    }

    @Test
    void infiniteNumericsAreNamedAsPostgresReadsThemOnlyInANumericColumn() {
        Schema decimalText = Schema.OPTIONAL_STRING_SCHEMA;
        assertThat(text(decimalText, "POSITIVE_INFINITY", column("numeric", null))).isEqualTo("Infinity");
        assertThat(text(decimalText, "NEGATIVE_INFINITY", column("NUMERIC(30,0)", null))).isEqualTo("-Infinity");
        assertThat(text(decimalText, "NAN", column("numeric", null))).isEqualTo("NAN");
        assertThat(text(decimalText, "12.50", column("decimal(5,2)", null))).isEqualTo("12.50");
        assertThat(text(decimalText, "POSITIVE_INFINITY", column("text", null))).as("a word in a text column stays")
                .isEqualTo("POSITIVE_INFINITY");
    }
}
