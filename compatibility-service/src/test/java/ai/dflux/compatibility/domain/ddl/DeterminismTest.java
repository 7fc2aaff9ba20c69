package ai.dflux.compatibility.domain.ddl;

import static org.assertj.core.api.Assertions.assertThat;

import ai.dflux.contracts.Dialect;
import ai.dflux.contracts.catalog.Catalog;
import ai.dflux.contracts.catalog.TableInfo;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DeterminismTest {

    static Stream<Arguments> catalogs() {
        return Stream.of(Arguments.of(Dialect.MARIADB, Catalogs.mysqlShop()),
                Arguments.of(Dialect.ORACLE, Catalogs.oracleHr()),
                Arguments.of(Dialect.POSTGRESQL, Catalogs.postgresShop()));
    }

    private static SchemaConversion convert(Dialect dialect, Catalog catalog) {
        return new SchemaConverter(new FakeTypeMapping(dialect), new EchoTranslator(dialect)).convert(catalog);
    }

    @ParameterizedTest
    @MethodSource("catalogs")
    void theSameCatalogGivesTheSameDdl(Dialect dialect, Catalog catalog) {
        SchemaConversion first = convert(dialect, catalog);
        SchemaConversion second = convert(dialect, catalog);
        for (DdlPart part : DdlPart.values()) {
            assertThat(second.script(part)).isEqualTo(first.script(part));
        }
        assertThat(second).isEqualTo(first);
    }

    @ParameterizedTest
    @MethodSource("catalogs")
    void theOrderOfTheCatalogsListsDoesNotMatter(Dialect dialect, Catalog catalog) {
        SchemaConversion expected = convert(dialect, catalog);
        for (long seed = 1; seed <= 5; seed++) {
            SchemaConversion shuffled = convert(dialect, shuffled(catalog, new Random(seed)));
            assertThat(shuffled.script(DdlPart.PRE_DATA)).isEqualTo(expected.script(DdlPart.PRE_DATA));
            assertThat(shuffled.script(DdlPart.POST_DATA)).isEqualTo(expected.script(DdlPart.POST_DATA));
            assertThat(shuffled.script(DdlPart.CODE)).isEqualTo(expected.script(DdlPart.CODE));
            assertThat(shuffled).isEqualTo(expected);
        }
    }

    private static Catalog shuffled(Catalog c, Random random) {
        List<TableInfo> tables = c.tables().stream().map(t -> new TableInfo(t.schema(), t.name(),
                shuffle(t.columns(), random), t.primaryKey(), shuffle(t.foreignKeys(), random),
                shuffle(t.uniqueConstraints(), random), shuffle(t.checkConstraints(), random),
                shuffle(t.indexes(), random), t.partitioning(), t.comment(), t.rowEstimate(), t.sizeBytes(),
                t.replicaIdentity())).toList();
        return new Catalog(c.dialect(), c.database(), c.serverVersion(), c.readAt(), shuffle(c.schemas(), random),
                shuffle(tables, random), shuffle(c.views(), random), shuffle(c.sequences(), random), c.routines(),
                c.triggers(), shuffle(c.types(), random), c.synonyms(), c.extensions(), c.partial(), c.problems());
    }

    private static <T> List<T> shuffle(List<T> list, Random random) {
        List<T> copy = new ArrayList<>(list);
        Collections.shuffle(copy, random);
        return copy;
    }
}
