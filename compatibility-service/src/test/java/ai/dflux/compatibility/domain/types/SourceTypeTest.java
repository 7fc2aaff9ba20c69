package ai.dflux.compatibility.domain.types;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SourceTypeTest {

    @Test
    void readsMySqlIntegersWithWidthUnsignedAndZerofill() {
        SourceType type = SourceType.parse("int(10) unsigned zerofill").orElseThrow();

        assertThat(type.name()).isEqualTo("int");
        assertThat(type.integer(0)).contains(10);
        assertThat(type.unsigned()).isTrue();
        assertThat(type.zerofill()).isTrue();
        assertThat(type.suffix()).isEmpty();
    }

    @Test
    void readsMySql8IntegersWithoutDisplayWidth() {
        SourceType type = SourceType.parse("int unsigned").orElseThrow();

        assertThat(type.name()).isEqualTo("int");
        assertThat(type.arguments()).isEmpty();
        assertThat(type.unsigned()).isTrue();
    }

    @Test
    void zerofillAloneImpliesUnsigned() {
        assertThat(SourceType.parse("int zerofill").orElseThrow().unsigned()).isTrue();
    }

    @Test
    void readsOracleLengthSemantics() {
        SourceType chars = SourceType.parse("VARCHAR2(20 CHAR)").orElseThrow();
        SourceType bytes = SourceType.parse("CHAR(3 BYTE)").orElseThrow();

        assertThat(chars.name()).isEqualTo("varchar2");
        assertThat(chars.integer(0)).contains(20);
        assertThat(chars.lengthSemantics()).isEqualTo("char");
        assertThat(bytes.lengthSemantics()).isEqualTo("byte");
        assertThat(SourceType.parse("VARCHAR2(20)").orElseThrow().lengthSemantics()).isNull();
    }

    @Test
    void readsTimeZoneAndIntervalSuffixes() {
        SourceType zoned = SourceType.parse("TIMESTAMP(6) WITH TIME ZONE").orElseThrow();
        SourceType local = SourceType.parse("TIMESTAMP WITH LOCAL TIME ZONE").orElseThrow();
        SourceType interval = SourceType.parse("INTERVAL DAY(3) TO SECOND(2)").orElseThrow();

        assertThat(zoned.name()).isEqualTo("timestamp");
        assertThat(zoned.integer(0)).contains(6);
        assertThat(zoned.suffix()).isEqualTo("with time zone");
        assertThat(local.name()).isEqualTo("timestamp");
        assertThat(local.suffix()).isEqualTo("with local time zone");
        assertThat(interval.name()).isEqualTo("interval day");
        assertThat(interval.integer(0)).contains(3);
        assertThat(interval.suffix()).isEqualTo("to second");
        assertThat(interval.suffixInteger(0)).contains(2);
    }

    @Test
    void readsMultiWordNames() {
        assertThat(SourceType.parse("LONG RAW").orElseThrow().name()).isEqualTo("long raw");
        assertThat(SourceType.parse("double precision").orElseThrow().name()).isEqualTo("double precision");
        assertThat(SourceType.parse("SYS.XMLTYPE").orElseThrow().name()).isEqualTo("sys.xmltype");
    }

    @Test
    void readsEnumLabelsWithDoubledQuotesCommasParenthesesAndBlanks() {
        SourceType type = SourceType.parse("enum('G','it''s','a,b','(x)',' lead','','NC-17')").orElseThrow();

        assertThat(type.quoted()).isTrue();
        assertThat(type.arguments()).containsExactly("G", "it's", "a,b", "(x)", " lead", "", "NC-17");
    }

    @Test
    void keepsNumberArgumentsThatAreNotIntegers() {
        SourceType type = SourceType.parse("NUMBER(*,0)").orElseThrow();

        assertThat(type.arguments()).containsExactly("*", "0");
        assertThat(type.integer(0)).isEmpty();
        assertThat(type.integer(1)).contains(0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "enum('a", "int(10", "int)", "(5)", "decimal(5,(2))"})
    void refusesTextThatIsNotAType(String text) {
        assertThat(SourceType.parse(text)).isEmpty();
    }
}
