package ai.dflux.compatibility.domain.ddl;

import static ai.dflux.compatibility.domain.ddl.Catalogs.column;
import static ai.dflux.compatibility.domain.ddl.Catalogs.index;
import static ai.dflux.compatibility.domain.ddl.Catalogs.table;
import static org.assertj.core.api.Assertions.assertThat;

import ai.dflux.compatibility.domain.ddl.SchemaDelta.NonAdditiveChange;
import ai.dflux.contracts.Dialect;
import ai.dflux.contracts.catalog.Catalog;
import ai.dflux.contracts.catalog.ColumnInfo;
import ai.dflux.contracts.catalog.IndexInfo;
import ai.dflux.contracts.catalog.TableInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SchemaDeltaTest {

    private static SchemaDelta delta;

    @BeforeAll
    static void drift() {
        Catalog before = Catalogs.mysqlShop();
        List<TableInfo> tables = new ArrayList<>();
        for (TableInfo table : before.tables()) {
            tables.add(switch (table.name()) {
                case "film" -> withColumns(table, columns -> {
                    columns.set(1, column(2, "title", "varchar(300)", false, null));
                    columns.add(column(14, "length", "smallint unsigned", true, null));
                    columns.add(column(15, "studio", "varchar(40)", false, null));
                    return columns;
                });
                case "language" -> withColumns(table, columns -> {
                    columns.set(1, column(2, "name", "char(30)", false, null));
                    return columns;
                });
                case "inventory" -> withIndex(withColumns(table, columns -> {
                    columns.set(2, column(3, "store_id", "bigint", false, null));
                    return columns;
                }), index("idx_store_id", false, "BTREE", "store_id"));
                case "film_text" -> withColumns(table, columns -> List.of(columns.get(0)));
                default -> table;
            });
        }
        tables.add(table("shop", "store", List.of(column(1, "store_id", "int(11)", false, null)),
                List.of("store_id")));
        Catalog after = new Catalog(before.dialect(), before.database(), before.serverVersion(), before.readAt(),
                before.schemas(), tables, before.views().stream().filter(v -> !v.name().equals("a_short_list"))
                        .toList(), before.sequences(), before.routines(), before.triggers(), before.types(),
                before.synonyms(), before.extensions(), false, List.of());
        SchemaConverter converter = new SchemaConverter(new FakeTypeMapping(Dialect.MARIADB),
                new EchoTranslator(Dialect.MARIADB));
        delta = SchemaDelta.between(converter.convert(before), converter.convert(after));
    }

    private static TableInfo withColumns(TableInfo t, UnaryOperator<List<ColumnInfo>> change) {
        return new TableInfo(t.schema(), t.name(), change.apply(new ArrayList<>(t.columns())), t.primaryKey(),
                t.foreignKeys(), t.uniqueConstraints(), t.checkConstraints(), t.indexes(), t.partitioning(),
                t.comment(), t.rowEstimate(), t.sizeBytes());
    }

    private static TableInfo withIndex(TableInfo t, IndexInfo index) {
        List<IndexInfo> indexes = new ArrayList<>(t.indexes());
        indexes.add(index);
        return new TableInfo(t.schema(), t.name(), t.columns(), t.primaryKey(), t.foreignKeys(),
                t.uniqueConstraints(), t.checkConstraints(), indexes, t.partitioning(), t.comment(), t.rowEstimate(),
                t.sizeBytes());
    }

    @Test
    void createsNewTablesWithTheirKeysAndNewIndexes() {
        assertThat(delta.script(DdlPart.PRE_DATA)).startsWith("CREATE TABLE shop.store (\n");
        assertThat(delta.script(DdlPart.POST_DATA)).contains(
                "CREATE INDEX idx_store_id ON shop.inventory USING btree (store_id);\n",
                "ALTER TABLE shop.film ADD CONSTRAINT film_length_check CHECK (length between 0 and 65535) NOT VALID");
    }

    @Test
    void addsNewColumnsAndLeavesNotNullOnesWithoutDefaultToAPerson() {
        assertThat(delta.script(DdlPart.PRE_DATA)).contains("ALTER TABLE shop.film ADD COLUMN length integer;\n");
        ConvertedObject studio = delta.objects().stream().filter(o -> o.target().equals("shop.film.studio"))
                .findFirst().orElseThrow();
        assertThat(studio.status()).isEqualTo(ObjectStatus.MANUAL);
        assertThat(studio.messages()).singleElement().asString().contains("NOT NULL without a default");
    }

    @Test
    void widensTypesThatHoldEveryOldValue() {
        assertThat(delta.script(DdlPart.PRE_DATA))
                .contains("ALTER TABLE shop.film ALTER COLUMN title TYPE varchar(300);\n")
                .contains("ALTER TABLE shop.inventory ALTER COLUMN store_id TYPE bigint;\n");
        ConvertedObject storeId = delta.objects().stream()
                .filter(o -> o.target().equals("shop.inventory.store_id")).findFirst().orElseThrow();
        assertThat(storeId.messages()).singleElement().asString().contains("rewrites shop.inventory");
        ConvertedObject title = delta.objects().stream().filter(o -> o.target().equals("shop.film.title"))
                .findFirst().orElseThrow();
        assertThat(title.messages()).singleElement().asString().contains("drop shop.film_counts, shop.film_list first");
    }

    @Test
    void listsDroppedAndChangedThingsWithoutApplyingThem() {
        assertThat(delta.nonAdditive()).extracting(NonAdditiveChange::object).containsExactlyInAnyOrder(
                "shop.language.name", "shop.film_text.title", "shop.a_short_list");
        assertThat(delta.nonAdditive()).filteredOn(c -> c.object().equals("shop.language.name")).singleElement()
                .satisfies(c -> assertThat(c.reason()).contains("char(20) to char(30)"));
        assertThat(delta.nonAdditive()).filteredOn(c -> c.object().equals("shop.film_text.title")).singleElement()
                .satisfies(c -> assertThat(c.reason()).contains("gone from the source"));
        String all = delta.script(DdlPart.PRE_DATA) + delta.script(DdlPart.POST_DATA) + delta.script(DdlPart.CODE);
        assertThat(all).doesNotContain("DROP", "language");
    }

    @Test
    void noDriftNoDelta() {
        SchemaConverter converter = new SchemaConverter(new FakeTypeMapping(Dialect.MARIADB),
                new EchoTranslator(Dialect.MARIADB));
        SchemaConversion conversion = converter.convert(Catalogs.mysqlShop());
        assertThat(SchemaDelta.between(conversion, converter.convert(Catalogs.mysqlShop())).isEmpty()).isTrue();
    }

    @Test
    void narrowingIsNotWidening() {
        assertThat(TypeWidening.of("varchar(50)", "varchar(20)")).isEmpty();
        assertThat(TypeWidening.of("bigint", "integer")).isEmpty();
        assertThat(TypeWidening.of("numeric(10,2)", "numeric(10,3)")).isEmpty();
        assertThat(TypeWidening.of("numeric(10,2)", "numeric(12,3)")).isPresent();
        assertThat(TypeWidening.of("integer", "numeric(10,0)")).isPresent();
        assertThat(TypeWidening.of("varchar(20)", "text")).isPresent();
        assertThat(TypeWidening.of("timestamp(3)", "timestamp")).isPresent();
        assertThat(TypeWidening.of("text", "varchar(20)")).isEmpty();
    }
}
