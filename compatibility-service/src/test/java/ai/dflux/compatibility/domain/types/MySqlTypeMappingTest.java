package ai.dflux.compatibility.domain.types;

import ai.dflux.contracts.conversion.ValueRule;
import static ai.dflux.compatibility.domain.types.Columns.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.dflux.contracts.Dialect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MySqlTypeMappingTest {

    private final TypeMapping mysql = TypeMappings.forDialect(Dialect.MYSQL);
    private final TypeMapping mariadb = TypeMappings.forDialect(Dialect.MARIADB);

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', value = {
        "tinyint(4); smallint; WIDENED",
        "tinyint(1); smallint; WIDENED",
        "tinyint(3) unsigned; smallint; WIDENED",
        "smallint(6); smallint; EXACT",
        "smallint(5) unsigned; integer; WIDENED",
        "mediumint(9); integer; WIDENED",
        "mediumint(8) unsigned; integer; WIDENED",
        "int(11); integer; EXACT",
        "int; integer; EXACT",
        "int(10) unsigned; bigint; WIDENED",
        "int unsigned; bigint; WIDENED",
        "int unsigned zerofill; bigint; WIDENED",
        "bigint(20); bigint; EXACT",
        "bigint(20) unsigned; numeric(20,0); EXACT",
        "bigint unsigned; numeric(20,0); EXACT"})
    void widensIntegersSoEveryValueFits(String source, String target, Fidelity fidelity) {
        MappedType mapped = map(mysql, source);

        assertThat(mapped.sqlType()).isEqualTo(target);
        assertThat(mapped.fidelity()).isEqualTo(fidelity);
        assertThat(mapped.notes()).isNotEmpty();
    }

    @Test
    void keepsTheUnsignedBigintRangeWithACheck() {
        assertThat(map(mysql, "bigint(20) unsigned").checkOn("\"id\""))
                .isEqualTo("\"id\" between 0 and 18446744073709551615");
    }

    @Test
    void saysThatZerofillPaddingIsNotKept() {
        assertThat(map(mysql, "int(10) unsigned zerofill").notes()).anyMatch(note -> note.contains("ZEROFILL"));
    }

    @Test
    void warnsThatAnAutoIncrementBigintUnsignedOutgrowsItsSequence() {
        MappedType mapped = mysql.map(Columns.TABLE, Columns.autoIncrement("bigint(20) unsigned"));

        assertThat(mapped.notes()).anyMatch(note -> note.contains("9223372036854775807"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', value = {
        "decimal(5,2); numeric(5,2); ; EXACT",
        "decimal(65,30); numeric(65,30); ; EXACT",
        "decimal(10,2) unsigned; numeric(10,2); %s >= 0; EXACT",
        "float; real; ; EXACT",
        "float(7,4); real; ; EXACT",
        "double; double precision; ; EXACT",
        "double(10,2); double precision; ; EXACT",
        "float unsigned; real; %s >= 0; EXACT",
        "double unsigned; double precision; %s >= 0; EXACT"})
    void keepsDecimalsAndFloatingPoint(String source, String target, String check, Fidelity fidelity) {
        MappedType mapped = map(mysql, source);

        assertThat(mapped.sqlType()).isEqualTo(target);
        assertThat(mapped.check()).isEqualTo(check);
        assertThat(mapped.fidelity()).isEqualTo(fidelity);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', value = {
        "date; date; ZERO_DATE_TO_MINUS_INFINITY",
        "datetime; timestamp(0) without time zone; ZERO_DATE_TO_MINUS_INFINITY",
        "datetime(6); timestamp(6) without time zone; ZERO_DATE_TO_MINUS_INFINITY",
        "timestamp; timestamp(0) with time zone; ZERO_DATE_TO_MINUS_INFINITY",
        "timestamp(3); timestamp(3) with time zone; ZERO_DATE_TO_MINUS_INFINITY",
        "time; interval hour to second(0); AS_IS",
        "time(3); interval hour to second(3); AS_IS",
        "year(4); smallint; AS_IS",
        "year; smallint; AS_IS",
        "bit(1); bit(1); BITS_TO_BIT_STRING",
        "bit(64); bit(64); BITS_TO_BIT_STRING"})
    void mapsDatesTimesYearsAndBits(String source, String target, ValueRule rule) {
        MappedType mapped = map(mysql, source);

        assertThat(mapped.sqlType()).isEqualTo(target);
        assertThat(mapped.valueRule()).isEqualTo(rule);
    }

    @Test
    void turnsZeroDatesIntoMinusInfinityAndCallsDatesWithZeroPartsLost() {
        MappedType datetime = map(mysql, "datetime(6)");
        MappedType timestamp = map(mysql, "timestamp(6)");

        assertThat(datetime.fidelity()).isEqualTo(Fidelity.LOSSY);
        assertThat(datetime.notes()).anyMatch(note -> note.contains("-infinity") && note.contains("2024-00-10"));
        assertThat(map(mysql, "date").fidelity()).isEqualTo(Fidelity.LOSSY);
        assertThat(timestamp.fidelity()).isEqualTo(Fidelity.EXACT);
        assertThat(timestamp.notes()).anyMatch(note -> note.contains("-infinity"));
    }

    @Test
    void keepsYearsToMySqlsRange() {
        assertThat(map(mysql, "year(4)").checkOn("y")).isEqualTo("(y = 0 or y between 1901 and 2155)");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', value = {
        "char(3); varchar(3); WIDENED",
        "varchar(45); varchar(45); EXACT",
        "tinytext; text; WIDENED",
        "text; text; WIDENED",
        "mediumtext; text; WIDENED",
        "longtext; text; LOSSY",
        "json; jsonb; EXACT",
        "binary(16); bytea; WIDENED",
        "varbinary(255); bytea; WIDENED",
        "blob; bytea; WIDENED",
        "mediumblob; bytea; WIDENED",
        "longblob; bytea; LOSSY"})
    void mapsTextAndBytes(String source, String target, Fidelity fidelity) {
        MappedType mapped = map(mysql, source);

        assertThat(mapped.sqlType()).isEqualTo(target);
        assertThat(mapped.fidelity()).isEqualTo(fidelity);
    }

    @Test
    void givesEachEnumAnEnumTypeOfItsOwn() {
        MappedType mapped = map(mysql, "enum('G','PG','NC-17','it''s','a,b')");

        assertThat(mapped.sqlType()).isNull();
        assertThat(mapped.enumLabels()).containsExactly("", "G", "PG", "NC-17", "it's", "a,b");
        assertThat(mapped.fidelity()).isEqualTo(Fidelity.EXACT);
    }

    @Test
    void turnsSetsIntoTextArraysOfMembers() {
        MappedType mapped = map(mysql, "set('Trailers','Deleted Scenes','it''s','100%')");

        assertThat(mapped.sqlType()).isEqualTo("text[]");
        assertThat(mapped.valueRule()).isEqualTo(ValueRule.SET_TO_ARRAY);
        assertThat(mapped.checkOn("\"features\"")).isEqualTo(
                "\"features\" <@ ARRAY['Trailers','Deleted Scenes','it''s','100%']::text[]");
    }

    @Test
    void keepsSpatialValuesAsTheirBytes() {
        for (String type : new String[] {"geometry", "point", "polygon", "multipolygon", "geometrycollection"}) {
            MappedType mapped = map(mysql, type);

            assertThat(mapped.sqlType()).isEqualTo("bytea");
            assertThat(mapped.valueRule()).isEqualTo(ValueRule.SPATIAL_AS_BYTES);
            assertThat(mapped.notes()).anyMatch(note -> note.contains("PostGIS"));
        }
    }

    @Test
    void keepsMariaDbJsonAsTextAndMapsItsOwnTypes() {
        assertThat(map(mariadb, "longtext").sqlType()).isEqualTo("text");
        assertThat(map(mariadb, "longtext").notes()).anyMatch(note -> note.contains("json_valid"));
        assertThat(map(mariadb, "json").sqlType()).isEqualTo("text");
        assertThat(map(mariadb, "uuid").sqlType()).isEqualTo("uuid");
        assertThat(map(mariadb, "inet6").sqlType()).isEqualTo("inet");
        assertThat(map(mysql, "uuid").fidelity()).isEqualTo(Fidelity.UNSUPPORTED);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"vector(3)", "enum('a'", "frobnicator", "set"})
    void reportsUnknownTypesAsUnsupportedNamingThem(String source) {
        MappedType mapped = map(mysql, source);

        assertThat(mapped.fidelity()).isEqualTo(Fidelity.UNSUPPORTED);
        assertThat(mapped.sqlType()).isNull();
        assertThat(mapped.notes()).singleElement().asString().contains(source);
    }

    @Test
    void servesOnlyTheMySqlFamily() {
        assertThatThrownBy(() -> new MySqlTypeMapping(Dialect.ORACLE)).isInstanceOf(IllegalArgumentException.class);
        assertThat(mysql.dialect()).isEqualTo(Dialect.MYSQL);
        assertThat(mariadb.dialect()).isEqualTo(Dialect.MARIADB);
    }

    @Test
    void documentsEveryRuleWithAReason() {
        assertThat(mysql.rules()).isNotEmpty().allSatisfy(rule -> assertThat(rule.why()).isNotBlank());
    }
}
