package ai.dflux.compatibility.domain.types;

import static ai.dflux.compatibility.domain.types.Columns.map;
import static org.assertj.core.api.Assertions.assertThat;

import ai.dflux.contracts.Dialect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OracleTypeMappingTest {

    private final TypeMapping oracle = TypeMappings.forDialect(Dialect.ORACLE);

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', value = {
        "NUMBER(1); smallint; WIDENED",
        "NUMBER(4); smallint; WIDENED",
        "NUMBER(4,0); smallint; WIDENED",
        "NUMBER(5); integer; WIDENED",
        "NUMBER(9); integer; WIDENED",
        "NUMBER(10); bigint; WIDENED",
        "NUMBER(18,0); bigint; WIDENED",
        "NUMBER(19); numeric(19,0); EXACT",
        "NUMBER(38); numeric(38,0); EXACT",
        "NUMBER(*,0); numeric(38,0); EXACT",
        "INTEGER; numeric(38,0); EXACT",
        "INT; numeric(38,0); EXACT",
        "SMALLINT; numeric(38,0); EXACT",
        "NUMBER(5,-2); integer; WIDENED",
        "NUMBER(17,-2); numeric(19,0); WIDENED",
        "NUMBER(8,2); numeric(8,2); EXACT",
        "DECIMAL(10,3); numeric(10,3); EXACT",
        "NUMBER(2,5); numeric(5,5); EXACT",
        "NUMBER(*,2); numeric(38,2); EXACT",
        "NUMBER; numeric; WIDENED",
        "NUMBER(*); numeric; WIDENED",
        "FLOAT; numeric; WIDENED",
        "FLOAT(126); numeric; WIDENED",
        "BINARY_FLOAT; real; EXACT",
        "BINARY_DOUBLE; double precision; EXACT"})
    void choosesTheSmallestTypeThatHoldsEveryNumber(String source, String target, Fidelity fidelity) {
        MappedType mapped = map(oracle, source);

        assertThat(mapped.sqlType()).isEqualTo(target);
        assertThat(mapped.fidelity()).isEqualTo(fidelity);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', value = {
        "VARCHAR2(20); varchar(20); WIDENED",
        "VARCHAR2(20 BYTE); varchar(20); WIDENED",
        "VARCHAR2(20 CHAR); varchar(20); EXACT",
        "NVARCHAR2(50); varchar(50); EXACT",
        "CHAR(1); character(1); WIDENED",
        "CHAR(3 BYTE); character(3); WIDENED",
        "CHAR(3 CHAR); character(3); EXACT",
        "NCHAR(2); character(2); EXACT",
        "CLOB; text; LOSSY",
        "NCLOB; text; LOSSY",
        "LONG; text; LOSSY",
        "BLOB; bytea; LOSSY",
        "RAW(16); bytea; WIDENED",
        "LONG RAW; bytea; LOSSY",
        "ROWID; text; WIDENED",
        "UROWID; text; WIDENED",
        "XMLTYPE; xml; LOSSY",
        "SYS.XMLTYPE; xml; LOSSY",
        "BOOLEAN; boolean; EXACT",
        "JSON; jsonb; EXACT"})
    void keepsTheMeaningOfLengthsAndLargeObjects(String source, String target, Fidelity fidelity) {
        MappedType mapped = map(oracle, source);

        assertThat(mapped.sqlType()).isEqualTo(target);
        assertThat(mapped.fidelity()).isEqualTo(fidelity);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', value = {
        "DATE; timestamp(0) without time zone; EXACT",
        "TIMESTAMP; timestamp(6) without time zone; EXACT",
        "TIMESTAMP(6); timestamp(6) without time zone; EXACT",
        "TIMESTAMP(0); timestamp(0) without time zone; EXACT",
        "TIMESTAMP(9); timestamp(6) without time zone; LOSSY",
        "TIMESTAMP(6) WITH TIME ZONE; timestamp(6) with time zone; LOSSY",
        "TIMESTAMP WITH LOCAL TIME ZONE; timestamp(6) with time zone; EXACT",
        "TIMESTAMP(9) WITH LOCAL TIME ZONE; timestamp(6) with time zone; LOSSY",
        "INTERVAL YEAR(2) TO MONTH; interval year to month; EXACT",
        "INTERVAL YEAR(9) TO MONTH; interval year to month; LOSSY",
        "INTERVAL DAY(3) TO SECOND(2); interval day to second(2); EXACT",
        "INTERVAL DAY TO SECOND; interval day to second(6); EXACT",
        "INTERVAL DAY(9) TO SECOND(9); interval day to second(6); LOSSY"})
    void keepsTheTimeOfDatesAndSaysWhatTimestampsLose(String source, String target, Fidelity fidelity) {
        MappedType mapped = map(oracle, source);

        assertThat(mapped.sqlType()).isEqualTo(target);
        assertThat(mapped.fidelity()).isEqualTo(fidelity);
        assertThat(mapped.notes()).isNotEmpty();
    }

    @Test
    void saysThatTimestampsWithTimeZoneLoseTheirOffset() {
        assertThat(map(oracle, "TIMESTAMP(6) WITH TIME ZONE").notes())
                .anyMatch(note -> note.contains("offset") && note.contains("instant"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"BFILE; BFILE", "CUST_ADDRESS_TYP; CUST_ADDRESS_TYP",
        "HR.PHONE_LIST_TYP; HR.PHONE_LIST_TYP", "REF CUST_TYP; REF CUST_TYP", "FOO BAR(1) BAZ; FOO BAR(1) BAZ"})
    void leavesFilesObjectTypesAndUnknownTypesToAPerson(String source, String named) {
        MappedType mapped = map(oracle, source);

        assertThat(mapped.fidelity()).isEqualTo(Fidelity.UNSUPPORTED);
        assertThat(mapped.sqlType()).isNull();
        assertThat(String.join(" ", mapped.notes())).contains(source.equals("BFILE") ? "file" : named);
    }
}
