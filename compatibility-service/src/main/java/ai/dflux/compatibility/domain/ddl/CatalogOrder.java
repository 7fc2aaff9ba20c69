package ai.dflux.compatibility.domain.ddl;

import ai.dflux.contracts.catalog.Catalog;
import ai.dflux.contracts.catalog.CheckConstraintInfo;
import ai.dflux.contracts.catalog.ColumnInfo;
import ai.dflux.contracts.catalog.ForeignKeyInfo;
import ai.dflux.contracts.catalog.IndexInfo;
import ai.dflux.contracts.catalog.SequenceInfo;
import ai.dflux.contracts.catalog.TableInfo;
import ai.dflux.contracts.catalog.TypeInfo;
import ai.dflux.contracts.catalog.UniqueConstraintInfo;
import ai.dflux.contracts.catalog.ViewInfo;
import java.util.Comparator;
import java.util.List;

/**
 * The catalog with every list in one fixed order (by schema and name, columns by position), so that the conversion
 * does not depend on the order a reader happened to produce.
 */
final class CatalogOrder {

    private static final Comparator<String> NULLS_FIRST = Comparator.nullsFirst(Comparator.naturalOrder());

    private CatalogOrder() {
    }

    static Catalog sorted(Catalog c) {
        return new Catalog(c.dialect(), c.database(), c.serverVersion(), c.readAt(),
                c.schemas().stream().sorted().toList(),
                sort(c.tables().stream().map(CatalogOrder::sorted).toList(),
                        Comparator.comparing(TableInfo::schema).thenComparing(TableInfo::name)),
                sort(c.views(), Comparator.comparing(ViewInfo::schema).thenComparing(ViewInfo::name)),
                sort(c.sequences(), Comparator.comparing(SequenceInfo::schema).thenComparing(SequenceInfo::name)),
                c.routines(), c.triggers(),
                sort(c.types(), Comparator.comparing(TypeInfo::schema).thenComparing(TypeInfo::name)),
                c.synonyms(), c.extensions().stream().sorted().toList(), c.partial(), c.problems());
    }

    private static TableInfo sorted(TableInfo t) {
        return new TableInfo(t.schema(), t.name(),
                sort(t.columns(), Comparator.comparingInt(ColumnInfo::position).thenComparing(ColumnInfo::name)),
                t.primaryKey(),
                sort(t.foreignKeys(), Comparator.comparing(ForeignKeyInfo::name, NULLS_FIRST)
                        .thenComparing(fk -> String.join(",", fk.columns()))),
                sort(t.uniqueConstraints(), Comparator.comparing(UniqueConstraintInfo::name, NULLS_FIRST)
                        .thenComparing(u -> String.join(",", u.columns()))),
                sort(t.checkConstraints(), Comparator.comparing(CheckConstraintInfo::name, NULLS_FIRST)
                        .thenComparing(CheckConstraintInfo::expression, NULLS_FIRST)),
                sort(t.indexes(), Comparator.comparing(IndexInfo::name)),
                t.partitioning(), t.comment(), t.rowEstimate(), t.sizeBytes(), t.replicaIdentity());
    }

    private static <T> List<T> sort(List<T> list, Comparator<T> order) {
        return list.stream().sorted(order).toList();
    }
}
