package ai.dflux.systemtests.replication;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The canonical texts equal source and target values meet in, per docs/type-mapping.md. */
class ValueKindTest {

    @Test
    void numbersLoseTrailingZerosAndIntervalsAreSeconds() {
        assertThat(ValueKind.NUMBER.canonical("12.500000")).isEqualTo(ValueKind.NUMBER.canonical("12.5"));
        assertThat(ValueKind.NUMBER.canonical("100.000000")).isEqualTo("100");
        assertThat(ValueKind.NUMBER.canonical("0.000000")).isEqualTo("0");
        assertThat(ValueKind.INTERVAL.canonical("3600.000000")).isEqualTo("3600");
    }

    @Test
    void zeroDatesAreMinusInfinity() {
        assertThat(ValueKind.DATE.canonical("0000-00-00")).isEqualTo("-infinity");
        assertThat(ValueKind.DATE.canonical("2024-00-10")).isEqualTo("-infinity");
        assertThat(ValueKind.LOCAL_DATE_TIME.canonical("0000-00-00 00:00:00.000000")).isEqualTo("-infinity");
        assertThat(ValueKind.INSTANT.canonical("0000-00-00 00:00:00")).isEqualTo("-infinity");
        assertThat(ValueKind.DATE.canonical("-infinity")).isEqualTo("-infinity");
        assertThat(ValueKind.DATE.canonical("infinity")).isEqualTo("infinity");
        assertThat(ValueKind.DATE.canonical("2024-02-29")).isEqualTo("2024-02-29");
    }

    @Test
    void dateTimesKeepMicrosecondsWhateverTheirWrittenFraction() {
        assertThat(ValueKind.LOCAL_DATE_TIME.canonical("2020-01-01 00:17:03.25"))
                .isEqualTo(ValueKind.LOCAL_DATE_TIME.canonical("2020-01-01 00:17:03.250000"))
                .isEqualTo("2020-01-01 00:17:03.250000");
        assertThat(ValueKind.INSTANT.canonical("2020-01-01 00:00:00")).isEqualTo("2020-01-01 00:00:00.000000Z");
        assertThat(ValueKind.INSTANT.canonical("2020-01-01 00:00:00.000001"))
                .isNotEqualTo(ValueKind.INSTANT.canonical("2020-01-01 00:00:00"));
    }

    @Test
    void tinyintOneMeetsBooleanAndOtherValuesDoNot() {
        assertThat(ValueKind.BOOLEAN.canonical("1")).isEqualTo(ValueKind.BOOLEAN.canonical("true"));
        assertThat(ValueKind.BOOLEAN.canonical("0")).isEqualTo(ValueKind.BOOLEAN.canonical("false"));
        assertThat(ValueKind.BOOLEAN.canonical("2")).isNotIn("true", "false");
    }

    @Test
    void jsonComparesWithSortedKeysAndArraysElementWise() {
        assertThat(ValueKind.JSON.canonical("{\"b\": 1, \"a\":  {\"z\": [1, 2.50], \"c\": null}}"))
                .isEqualTo(ValueKind.JSON.canonical("{\"a\":{\"c\":null,\"z\":[1,2.5]},\"b\":1}"));
        assertThat(ValueKind.JSON.canonical("{\"a\": 1}")).isNotEqualTo(ValueKind.JSON.canonical("{\"a\": 2}"));
        assertThat(ValueKind.ARRAY.canonical("[\"red\",\"blue\"]")).isEqualTo("[\"red\",\"blue\"]")
                .isNotEqualTo(ValueKind.ARRAY.canonical("[\"blue\",\"red\"]"));
        assertThat(ValueKind.ARRAY.canonical("[1,null,3]")).isEqualTo("[\"1\",null,\"3\"]");
    }

    @Test
    void bytesCompareInLowerCaseHexAndTextExactly() {
        assertThat(ValueKind.BYTES.canonical("C4CA42")).isEqualTo(ValueKind.BYTES.canonical("c4ca42"));
        assertThat(ValueKind.TEXT.canonical("")).isNotNull().isNotEqualTo(ValueKind.TEXT.canonical(null));
        assertThat(ValueKind.TEXT.canonical("a ")).isNotEqualTo("a");
    }

    @Test
    void targetTypesChooseTheKind() {
        assertThat(ValueKind.ofTargetType("timestamp with time zone")).isEqualTo(ValueKind.INSTANT);
        assertThat(ValueKind.ofTargetType("timestamp without time zone")).isEqualTo(ValueKind.LOCAL_DATE_TIME);
        assertThat(ValueKind.ofTargetType("ARRAY")).isEqualTo(ValueKind.ARRAY);
        assertThat(ValueKind.ofTargetType("USER-DEFINED")).isEqualTo(ValueKind.TEXT);
        assertThat(ValueKind.ofTargetType("bit")).isEqualTo(ValueKind.BITS);
        assertThat(ValueKind.ofTargetType("smallint")).isEqualTo(ValueKind.NUMBER);
    }
}
