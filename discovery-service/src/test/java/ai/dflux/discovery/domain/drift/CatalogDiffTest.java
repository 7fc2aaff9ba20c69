package ai.dflux.discovery.domain.drift;

import static org.assertj.core.api.Assertions.assertThat;

import ai.dflux.contracts.catalog.Catalog;
import ai.dflux.contracts.catalog.ColumnInfo;
import ai.dflux.contracts.catalog.IndexInfo;
import ai.dflux.contracts.catalog.SchemaChange;
import ai.dflux.contracts.catalog.TableInfo;
import ai.dflux.contracts.catalog.ViewInfo;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogDiffTest {

    private static Catalog catalog(List<TableInfo> tables, List<ViewInfo> views) {
        return new Catalog("postgresql", "db", "15", Instant.EPOCH, List.of("s"), tables, views, List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), false, List.of());
    }

    private static TableInfo table(String name, List<ColumnInfo> columns, List<IndexInfo> indexes) {
        return new TableInfo("s", name, columns, List.of("id"), List.of(), List.of(), List.of(), indexes, null, null,
                1, 1);
    }

    private static final ColumnInfo ID = new ColumnInfo(1, "id", "bigint", false, null);

    @Test
    void namesWhatWasAddedRemovedAndChangedAndHow() {
        Catalog before = catalog(List.of(
                table("orders", List.of(ID, new ColumnInfo(2, "total", "numeric(10,2)", true, null),
                        new ColumnInfo(3, "old", "text", true, null)), List.of()),
                table("gone", List.of(ID), List.of())), List.of(new ViewInfo("s", "v", "select 1", false, null)));
        Catalog after = catalog(List.of(
                table("orders", List.of(ID, new ColumnInfo(2, "total", "numeric(12,2)", false, "0"),
                        new ColumnInfo(4, "note", "text", false, null)),
                        List.of(new IndexInfo("orders_note", List.of("note"), false, false, "btree", null, false))),
                table("fresh", List.of(ID), List.of())), List.of(new ViewInfo("s", "v", "select 2", false, null)));

        assertThat(CatalogDiff.between(before, after)).containsExactlyInAnyOrder(
                new SchemaChange("REMOVED", "table", "s.gone", null),
                new SchemaChange("ADDED", "table", "s.fresh", null),
                new SchemaChange("REMOVED", "column", "s.orders.old", null),
                new SchemaChange("ADDED", "column", "s.orders.note", "text not null"),
                new SchemaChange("CHANGED", "column", "s.orders.total",
                        "type numeric(10,2) -> numeric(12,2); now not null; default null -> 0"),
                new SchemaChange("ADDED", "index", "s.orders.orders_note", null),
                new SchemaChange("CHANGED", "view", "s.v", "definition changed"));
    }

    @Test
    void findsNothingBetweenTwoReadsOfTheSameSchema() {
        Catalog one = catalog(List.of(table("t", List.of(ID), List.of())), List.of());
        assertThat(CatalogDiff.between(one, one)).isEmpty();
    }
}
