package ai.dflux.compatibility.domain.names;

import static org.assertj.core.api.Assertions.assertThat;

import ai.dflux.contracts.Dialect;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class IdentifiersTest {

    @Test
    void foldsMySqlAndOracleNamesToLowerCaseAndKeepsPostgresNames() {
        assertThat(Identifiers.fold(Dialect.MYSQL, "FilmActor")).isEqualTo("filmactor");
        assertThat(Identifiers.fold(Dialect.MARIADB, "Film")).isEqualTo("film");
        assertThat(Identifiers.fold(Dialect.ORACLE, "EMPLOYEES")).isEqualTo("employees");
        assertThat(Identifiers.fold(Dialect.POSTGRESQL, "Report")).isEqualTo("Report");
    }

    @Test
    void quotesOnlyNamesThatNeedIt() {
        assertThat(Identifiers.quote("film_actor")).isEqualTo("film_actor");
        assertThat(Identifiers.quote("price$")).isEqualTo("price$");
        assertThat(Identifiers.quote("_x1")).isEqualTo("_x1");
        assertThat(Identifiers.quote("Report")).isEqualTo("\"Report\"");
        assertThat(Identifiers.quote("1st")).isEqualTo("\"1st\"");
        assertThat(Identifiers.quote("emp#")).isEqualTo("\"emp#\"");
        assertThat(Identifiers.quote("a\"b")).isEqualTo("\"a\"\"b\"");
        assertThat(Identifiers.quote("qualité")).isEqualTo("\"qualité\"");
    }

    @Test
    void quotesKeyWordsThatAreNotUnreserved() {
        assertThat(Identifiers.quote("order")).as("reserved").isEqualTo("\"order\"");
        assertThat(Identifiers.quote("user")).as("reserved").isEqualTo("\"user\"");
        assertThat(Identifiers.quote("between")).as("column-name key word").isEqualTo("\"between\"");
        assertThat(Identifiers.quote("left")).as("type or function name key word").isEqualTo("\"left\"");
        assertThat(Identifiers.quote("name")).as("unreserved").isEqualTo("name");
        assertThat(Identifiers.quote("comment")).as("unreserved").isEqualTo("comment");
    }

    @Test
    void leavesNamesOfAtMost63BytesAsTheyAre() {
        String name = "a".repeat(63);
        assertThat(Identifiers.shorten(name)).isEqualTo(name);
    }

    @Test
    void shortensLongNamesWithAHashOfTheWholeName() {
        String first = "customer_" + "x".repeat(60) + "_first";
        String second = "customer_" + "x".repeat(60) + "_second";
        String shortened = Identifiers.shorten(first);
        assertThat(shortened.getBytes(StandardCharsets.UTF_8)).hasSizeLessThanOrEqualTo(63);
        assertThat(shortened).startsWith("customer_xxx").matches(".*_[0-9a-f]{8}");
        assertThat(Identifiers.shorten(first)).as("the same on every run").isEqualTo(shortened);
        assertThat(Identifiers.shorten(second)).isNotEqualTo(shortened);
    }

    @Test
    void cutsMultiByteNamesBetweenCharacters() {
        String name = "é".repeat(40);
        String shortened = Identifiers.shorten(name);
        byte[] bytes = shortened.getBytes(StandardCharsets.UTF_8);
        assertThat(bytes).hasSizeLessThanOrEqualTo(63);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo(shortened);
        assertThat(shortened).startsWith("é".repeat(27)).doesNotContain("\uFFFD");
        assertThat(Identifiers.withSuffix("日本語".repeat(10), "_2").getBytes(StandardCharsets.UTF_8))
                .hasSizeLessThanOrEqualTo(63);
    }
}
