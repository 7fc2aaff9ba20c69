package ai.dflux.compatibility.domain.types;

import ai.dflux.contracts.conversion.ValueRule;
import static ai.dflux.compatibility.domain.types.Columns.column;
import static org.assertj.core.api.Assertions.assertThat;

import ai.dflux.contracts.Dialect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TypeOverrideCheckTest {

    private final TypeOverrideCheck check = new TypeOverrideCheck();

    @Test
    void acceptsBooleanForTinyint1AsLossyAndSaysWhichValuesAreLost() {
        MappedType mapped = accepted(Dialect.MYSQL, "tinyint(1)", "boolean");

        assertThat(mapped.sqlType()).isEqualTo("boolean");
        assertThat(mapped.fidelity()).isEqualTo(Fidelity.LOSSY);
        assertThat(mapped.notes()).anyMatch(note -> note.contains(
                "boolean cannot hold tinyint(1) values other than 0 and 1"));
    }

    @ParameterizedTest(name = "{0} {1} as {2} is {3}")
    @CsvSource(delimiter = ';', value = {
        "mysql; int(11); integer; EXACT",
        "mysql; int(11); bigint; WIDENED",
        "mysql; int(11); smallint; LOSSY",
        "mysql; int(10) unsigned; integer; LOSSY",
        "mysql; int(10) unsigned; numeric(10,0); WIDENED",
        "mysql; bigint(20) unsigned; bigint; LOSSY",
        "mysql; bigint(20) unsigned; numeric(20,0); WIDENED",
        "mysql; tinyint(1); integer; WIDENED",
        "mysql; bit(1); boolean; WIDENED",
        "mysql; decimal(10,2); numeric(12,2); WIDENED",
        "mysql; decimal(10,2); numeric(10,1); LOSSY",
        "mysql; decimal(10,2); numeric(9,2); LOSSY",
        "mysql; decimal(10,2); integer; LOSSY",
        "mysql; decimal(10,2); double precision; WIDENED",
        "mysql; decimal(20,2); double precision; LOSSY",
        "mysql; double; real; LOSSY",
        "mysql; float; double precision; WIDENED",
        "mysql; varchar(45); varchar(45); EXACT",
        "mysql; varchar(45); text; WIDENED",
        "mysql; varchar(45); varchar(20); LOSSY",
        "mysql; text; varchar(255); LOSSY",
        "mysql; varchar(45); integer; LOSSY",
        "mysql; datetime(6); timestamp(3); LOSSY",
        "mysql; datetime(6); timestamp(6) with time zone; LOSSY",
        "mysql; datetime; date; LOSSY",
        "mysql; date; timestamp(0); WIDENED",
        "mysql; time; time; LOSSY",
        "mysql; time(3); interval(6); WIDENED",
        "mysql; enum('G','PG'); text; WIDENED",
        "mysql; enum('G','PG'); varchar(1); LOSSY",
        "mysql; enum('G','PG'); mpaa_rating; LOSSY",
        "mysql; set('a','b'); text; WIDENED",
        "mysql; json; text; WIDENED",
        "mariadb; longtext; jsonb; LOSSY",
        "mysql; geometry; geometry; LOSSY",
        "mysql; blob; bytea; WIDENED",
        "oracle; NUMBER(10); integer; LOSSY",
        "oracle; NUMBER(9); integer; WIDENED",
        "oracle; DATE; date; LOSSY",
        "oracle; TIMESTAMP(9); timestamp(6); LOSSY",
        "oracle; VARCHAR2(20 CHAR); varchar(10); LOSSY",
        "oracle; BINARY_DOUBLE; numeric; WIDENED",
        "oracle; BFILE; text; LOSSY",
        "postgresql; integer; bigint; WIDENED",
        "postgresql; numeric; numeric(10,2); LOSSY",
        "postgresql; text[]; character varying(10)[]; LOSSY",
        "postgresql; jsonb; json; WIDENED"})
    void comparesTheValuesOfSourceAndTarget(String dialect, String source, String target, Fidelity fidelity) {
        MappedType mapped = accepted(Dialect.parse(dialect).orElseThrow(), source, target);

        assertThat(mapped.fidelity()).isEqualTo(fidelity);
        if (fidelity == Fidelity.LOSSY) {
            assertThat(mapped.notes()).hasSizeGreaterThan(1);
        }
    }

    @Test
    void keepsTheValueRuleWhereTheTargetTakesTheSameKindOfValue() {
        assertThat(accepted(Dialect.MYSQL, "date", "timestamp(0)").valueRule())
                .isEqualTo(ValueRule.ZERO_DATE_TO_MINUS_INFINITY);
        assertThat(accepted(Dialect.MYSQL, "set('a','b')", "varchar(10)[]").valueRule())
                .isEqualTo(ValueRule.SET_TO_ARRAY);
        assertThat(accepted(Dialect.MYSQL, "set('a','b')", "text").valueRule()).isEqualTo(ValueRule.AS_IS);
    }

    @Test
    void rendersTheTargetTypeCanonically() {
        assertThat(accepted(Dialect.MYSQL, "varchar(45)", "VARCHAR(45)").sqlType()).isEqualTo("character varying(45)");
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "mysql| int(11)| int; drop table x| unexpected ';'",
        "mysql| int(11)| integer(5)| integer takes no arguments",
        "mysql| int(11)| ``| the type is empty",
        "mysql| date| integer| integer cannot hold date values",
        "mysql| blob| integer| integer cannot hold blob values",
        "oracle| NUMBER(10)| date| date cannot hold NUMBER(10) values"})
    void rejectsTextThatIsNoTypeAndTypesNoValueFits(String dialect, String source, String target, String reason) {
        OverrideVerdict verdict = check.check(Dialect.parse(dialect).orElseThrow(), column(source), target);

        assertThat(verdict).isInstanceOfSatisfying(OverrideVerdict.Rejected.class,
                rejected -> assertThat(rejected.reason()).contains(reason));
    }

    private MappedType accepted(Dialect dialect, String source, String target) {
        OverrideVerdict verdict = check.check(dialect, column(source), new TypeOverride("s", "t", "c", target));
        assertThat(verdict).isInstanceOf(OverrideVerdict.Accepted.class);
        return ((OverrideVerdict.Accepted) verdict).mapped();
    }
}
