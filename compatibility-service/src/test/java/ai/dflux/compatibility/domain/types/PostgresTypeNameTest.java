package ai.dflux.compatibility.domain.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PostgresTypeNameTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', quoteCharacter = '`', value = {
        "int; integer",
        "INT4; integer",
        "int8; bigint",
        "bool; boolean",
        "varchar(20); character varying(20)",
        "VARCHAR ( 20 ); character varying(20)",
        "char(3); character(3)",
        "decimal(10, 2); numeric(10,2)",
        "double precision; double precision",
        "float8; double precision",
        "timestamptz; timestamp with time zone",
        "timestamp(3) with time zone; timestamp(3) with time zone",
        "timestamp without time zone; timestamp without time zone",
        "interval day to second(3); interval day to second(3)",
        "interval(2); interval(2)",
        "text[]; text[]",
        "integer[][]; integer[][]",
        "int[3]; integer[]",
        "bit varying(5); bit varying(5)",
        "national character varying(10); character varying(10)",
        "public.mpaa_rating; public.mpaa_rating",
        "\"My Type\"; \"My Type\"",
        "geometry(Point, 4326); geometry(point,4326)"})
    void readsAndRendersTypeNames(String text, String rendered) {
        assertThat(PostgresTypeName.parse(text).render()).isEqualTo(rendered);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "int; drop table x| unexpected ';' at position 4",
        "integer drop| unexpected 'drop'",
        "numeric(5,2) extra| unexpected 'extra'",
        "``| the type is empty",
        "integer(5)| integer takes no arguments",
        "numeric(0)| numeric precision must be between 1 and 1000",
        "numeric(1001)| numeric precision must be between 1 and 1000",
        "numeric(5,6)| numeric scale must be between 0 and 5",
        "varchar(0)| character varying length must be between 1 and 10485760",
        "timestamp(9)| timestamp precision must be between 0 and 6",
        "varchar(abc)| expected a number",
        "numeric(5,2| expected ')'",
        "double| expected 'precision'",
        "\"unclosed| is not closed",
        "text -- comment| unexpected '-'",
        "timestamp with zone| expected 'time'"})
    void rejectsTextThatIsNoTypeNamingTheProblem(String text, String problem) {
        assertThatThrownBy(() -> PostgresTypeName.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(problem);
    }
}
