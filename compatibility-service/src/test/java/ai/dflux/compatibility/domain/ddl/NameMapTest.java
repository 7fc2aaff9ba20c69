package ai.dflux.compatibility.domain.ddl;

import static ai.dflux.compatibility.domain.ddl.Catalogs.catalog;
import static ai.dflux.compatibility.domain.ddl.Catalogs.column;
import static ai.dflux.compatibility.domain.ddl.Catalogs.index;
import static ai.dflux.compatibility.domain.ddl.Catalogs.table;
import static org.assertj.core.api.Assertions.assertThat;

import ai.dflux.contracts.Dialect;
import ai.dflux.contracts.catalog.Catalog;
import ai.dflux.contracts.catalog.TableInfo;
import java.util.List;
import org.junit.jupiter.api.Test;

class NameMapTest {

    private static NameMap names(Catalog catalog, Dialect dialect) {
        return new SchemaConverter(new FakeTypeMapping(dialect), new EchoTranslator(dialect)).names(catalog);
    }

    @Test
    void tablesThatCollideAfterFoldingGetASuffixAndTheFoldedOneKeepsItsName() {
        Catalog catalog = catalog("mysql", "shop", List.of(
                table("shop", "film", List.of(column(1, "id", "int", false, null)), List.of("id")),
                table("shop", "Film", List.of(column(1, "id", "int", false, null)), List.of("id"))),
                List.of(), List.of(), List.of());
        NameMap names = names(catalog, Dialect.MYSQL);
        assertThat(names.relation("shop", "film")).isEqualTo("film");
        assertThat(names.relation("shop", "Film")).isEqualTo("film_2");
        assertThat(names.primaryKey("shop", "Film")).isEqualTo("film_2_pkey");
        assertThat(names.renamed()).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo("table");
            assertThat(r.source()).isEqualTo("shop.Film");
            assertThat(r.target()).isEqualTo("shop.film_2");
            assertThat(r.reason()).contains("collides with table shop.film");
        });
    }

    @Test
    void mySqlIndexNamesRepeatedAcrossTablesArePrefixedWithTheirTable() {
        Catalog catalog = catalog("mysql", "shop", List.of(
                table("shop", "inventory", List.of(column(1, "film_id", "int", false, null)), List.of(), List.of(),
                        List.of(), List.of(), List.of(index("idx_fk_film_id", false, "BTREE", "film_id"),
                                index("idx_store", false, "BTREE", "film_id"))),
                table("shop", "film_text", List.of(column(1, "film_id", "int", false, null)), List.of(), List.of(),
                        List.of(), List.of(), List.of(index("idx_fk_film_id", false, "BTREE", "film_id")))),
                List.of(), List.of(), List.of());
        NameMap names = names(catalog, Dialect.MYSQL);
        assertThat(names.index("shop", "inventory", "idx_fk_film_id")).isEqualTo("inventory_idx_fk_film_id");
        assertThat(names.index("shop", "film_text", "idx_fk_film_id")).isEqualTo("film_text_idx_fk_film_id");
        assertThat(names.index("shop", "inventory", "idx_store")).isEqualTo("idx_store");
        assertThat(names.renamed()).extracting(Renamed::source)
                .containsExactly("shop.film_text.idx_fk_film_id", "shop.inventory.idx_fk_film_id");
        assertThat(names.renamed().get(0).reason()).contains("per table in the source but per schema");
    }

    @Test
    void anIndexNamedLikeATableIsPrefixedWithItsTable() {
        Catalog catalog = catalog("mysql", "shop", List.of(
                table("shop", "email", List.of(column(1, "id", "int", false, null)), List.of("id")),
                table("shop", "users", List.of(column(1, "email", "varchar(20)", false, null)), List.of(), List.of(),
                        List.of(), List.of(), List.of(index("email", true, "BTREE", "email")))),
                List.of(), List.of(), List.of());
        assertThat(names(catalog, Dialect.MYSQL).index("shop", "users", "email")).isEqualTo("users_email");
    }

    @Test
    void columnsAreFoldedQuotedAndKeptAwayFromSystemColumnNames() {
        TableInfo table = table("shop", "Orders", List.of(column(1, "Order", "int", false, null),
                column(2, "xmin", "int", true, null), column(3, "Total Price", "int", true, null)), List.of("Order"));
        NameMap names = names(catalog("mysql", "shop", List.of(table), List.of(), List.of(), List.of()),
                Dialect.MYSQL);
        assertThat(names.qualified("shop", "Orders")).isEqualTo("shop.orders");
        assertThat(names.column("shop", "Orders", "Order")).isEqualTo("\"order\"");
        assertThat(names.column("shop", "Orders", "ORDER")).as("MySQL column names ignore case")
                .isEqualTo("\"order\"");
        assertThat(names.column("shop", "orders", "Total Price")).isEqualTo("\"total price\"");
        assertThat(names.column("shop", "Orders", "xmin")).isEqualTo("xmin_2");
        assertThat(names.columnType("shop", "Orders", "order")).contains("integer");
        assertThat(names.renamed()).singleElement()
                .satisfies(r -> assertThat(r.reason()).contains("the PostgreSQL system column xmin"));
        assertThat(names.relation("shop", "Unknown")).as("unknown names are folded").isEqualTo("unknown");
    }

    @Test
    void longNamesAreShortenedAndReported() {
        String longName = "a_table_whose_name_is_much_longer_than_postgres_allows_for_identifiers";
        Catalog catalog = catalog("mysql", "shop", List.of(
                table("shop", longName, List.of(column(1, "id", "int", false, null)), List.of("id"))),
                List.of(), List.of(), List.of());
        NameMap names = names(catalog, Dialect.MYSQL);
        String target = names.relation("shop", longName);
        assertThat(target).hasSizeLessThanOrEqualTo(63).startsWith("a_table_whose_name");
        assertThat(names.primaryKey("shop", longName)).hasSizeLessThanOrEqualTo(63).endsWith("_pkey");
        assertThat(names.renamed()).singleElement()
                .satisfies(r -> assertThat(r.reason()).isEqualTo("longer than 63 bytes"));
    }

    @Test
    void postgresNamesKeepTheirCaseAndAreQuoted() {
        NameMap names = names(Catalogs.postgresShop(), Dialect.POSTGRESQL);
        assertThat(names.qualified("Sales", "Report")).isEqualTo("\"Sales\".\"Report\"");
        assertThat(names.column("Sales", "Report", "ID")).isEqualTo("\"ID\"");
        assertThat(names.column("Sales", "Report", "select")).isEqualTo("\"select\"");
        assertThat(names.column("Sales", "Report", "id")).as("PostgreSQL names are case-sensitive")
                .isEqualTo("id");
        assertThat(names.defaultSchema()).isEqualTo("public");
        assertThat(names.renamed()).isEmpty();
    }

    @Test
    void oracleNamesAreFoldedAndTheScriptSchemaIsTheDefault() {
        NameMap names = names(Catalogs.oracleHr(), Dialect.ORACLE);
        assertThat(names.qualified("HR", "EMPLOYEES")).isEqualTo("hr.employees");
        assertThat(names.column("HR", "EMPLOYEES", "employee_id")).isEqualTo("employee_id");
        assertThat(names.defaultSchema()).isEqualTo("HR");
        assertThat(names.columnType("HR", "EMPLOYEES", "BADGE_NO")).contains("bigint");
    }
}
