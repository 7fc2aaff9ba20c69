package ai.dflux.contracts.values;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SourceValuesTest {

    @Test
    void zeroDatesHaveAZeroYearMonthOrDay() {
        assertThat(SourceValues.isZeroDate("0000-00-00")).isTrue();
        assertThat(SourceValues.isZeroDate("0000-00-00 00:00:00")).isTrue();
        assertThat(SourceValues.isZeroDate("2024-00-10")).isTrue();
        assertThat(SourceValues.isZeroDate("2024-02-00")).isTrue();
        assertThat(SourceValues.isZeroDate("1000-01-01")).isFalse();
        assertThat(SourceValues.isZeroDate("2024-10-01 00:00:00")).isFalse();
    }

    @Test
    void setValuesBecomeQuotedArrayLiterals() {
        assertThat(SourceValues.setAsArrayLiteral("")).isEqualTo("{}");
        assertThat(SourceValues.setAsArrayLiteral("Trailers,Deleted Scenes"))
                .isEqualTo("{\"Trailers\",\"Deleted Scenes\"}");
        assertThat(SourceValues.setAsArrayLiteral("it's,say \"hi\",a\\b")).isEqualTo("{\"it's\",\"say \\\"hi\\\"\",\"a\\\\b\"}");
    }

    @Test
    void bitsKeepTheirLeadingZeros() {
        assertThat(SourceValues.bitString(new byte[] {0b101}, 3)).isEqualTo("101");
        assertThat(SourceValues.bitString(new byte[] {0, 1}, 10)).isEqualTo("0000000001");
        assertThat(SourceValues.bitString(new byte[] {(byte) 0xff, (byte) 0xff}, 16)).isEqualTo("1111111111111111");
    }
}
