package ai.dflux.discovery.domain;

import ai.dflux.contracts.catalog.Catalog;
import ai.dflux.contracts.catalog.ColumnInfo;
import ai.dflux.contracts.catalog.IndexInfo;
import ai.dflux.contracts.catalog.RoutineInfo;
import ai.dflux.contracts.catalog.SequenceInfo;
import ai.dflux.contracts.catalog.TableInfo;
import ai.dflux.contracts.catalog.TriggerInfo;
import ai.dflux.contracts.catalog.ViewInfo;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;

/** Finds one object of a catalog by name for the readers' tests, failing with the names that were there. */
final class CatalogLookup {

    private CatalogLookup() {
    }

    static TableInfo table(Catalog catalog, String name) {
        return named(catalog.tables(), TableInfo::name, name, "table");
    }

    static ColumnInfo column(TableInfo table, String name) {
        return named(table.columns(), ColumnInfo::name, name, "column of " + table.name());
    }

    static IndexInfo index(TableInfo table, String name) {
        return named(table.indexes(), IndexInfo::name, name, "index of " + table.name());
    }

    static ViewInfo view(Catalog catalog, String name) {
        return named(catalog.views(), ViewInfo::name, name, "view");
    }

    static SequenceInfo sequence(Catalog catalog, String name) {
        return named(catalog.sequences(), SequenceInfo::name, name, "sequence");
    }

    static RoutineInfo routine(Catalog catalog, String name) {
        return named(catalog.routines(), RoutineInfo::name, name, "routine");
    }

    static TriggerInfo trigger(Catalog catalog, String name) {
        return named(catalog.triggers(), TriggerInfo::name, name, "trigger");
    }

    private static <T> T named(List<T> items, Function<T, String> name, String wanted, String kind) {
        return items.stream().filter(i -> wanted.equals(name.apply(i))).findFirst().orElseThrow(() ->
                new NoSuchElementException("no " + kind + " " + wanted + " among " + items.stream().map(name).toList()));
    }
}
