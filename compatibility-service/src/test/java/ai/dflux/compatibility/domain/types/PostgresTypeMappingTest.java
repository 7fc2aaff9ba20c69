package ai.dflux.compatibility.domain.types;

import ai.dflux.contracts.conversion.ValueRule;
import static ai.dflux.compatibility.domain.types.Columns.map;
import static org.assertj.core.api.Assertions.assertThat;

import ai.dflux.contracts.Dialect;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PostgresTypeMappingTest {

    private final TypeMapping postgres = TypeMappings.forDialect(Dialect.POSTGRESQL);

    @ParameterizedTest
    @ValueSource(strings = {"integer", "smallint", "bigint", "numeric(4,2)", "numeric", "character varying(45)",
        "character varying", "character(20)", "text", "bytea", "boolean", "date", "timestamp without time zone",
        "timestamp(6) with time zone", "time without time zone", "interval", "interval year to month",
        "interval day to second(3)", "json", "jsonb", "uuid", "tsvector", "text[]", "integer[]", "real",
        "double precision", "money", "inet", "cidr", "macaddr", "bit(3)", "bit varying(5)", "point", "xml",
        "mpaa_rating", "year", "public.mpaa_rating", "\"char\"", "\"MyType\"", "numeric(10,2)[]"})
    void keepsEveryTypeAsItIs(String type) {
        MappedType mapped = map(postgres, type);

        assertThat(mapped.sqlType()).isEqualTo(type);
        assertThat(mapped.fidelity()).isEqualTo(Fidelity.EXACT);
        assertThat(mapped.valueRule()).isEqualTo(ValueRule.AS_IS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"integer; drop table x", "numeric(4,", "what ever type", "'quoted'"})
    void reportsTextThatIsNoTypeAsUnsupported(String type) {
        MappedType mapped = map(postgres, type);

        assertThat(mapped.fidelity()).isEqualTo(Fidelity.UNSUPPORTED);
        assertThat(mapped.notes()).singleElement().asString().contains(type);
    }
}
