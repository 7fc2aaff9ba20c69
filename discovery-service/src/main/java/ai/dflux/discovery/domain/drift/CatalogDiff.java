package ai.dflux.discovery.domain.drift;

import ai.dflux.contracts.catalog.Catalog;
import ai.dflux.contracts.catalog.ColumnInfo;
import ai.dflux.contracts.catalog.RoutineInfo;
import ai.dflux.contracts.catalog.SchemaChange;
import ai.dflux.contracts.catalog.TableInfo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/** The structural differences between two reads of the same source: what was added, removed or changed, and how. */
public final class CatalogDiff {

    private final List<SchemaChange> changes = new ArrayList<>();

    private CatalogDiff() {
    }

    public static List<SchemaChange> between(Catalog before, Catalog after) {
        CatalogDiff diff = new CatalogDiff();
        diff.compare("schema", before.schemas(), after.schemas(), s -> s, (name, b, a) -> { });
        diff.compare("table", before.tables(), after.tables(), TableInfo::qualifiedName, diff::compareTables);
        diff.compare("view", before.views(), after.views(), v -> v.schema() + "." + v.name(),
                (name, b, a) -> diff.changedIf(!Objects.equals(b.definition(), a.definition())
                        || b.materialized() != a.materialized(), "view", name, "definition changed"));
        diff.compare("sequence", before.sequences(), after.sequences(), s -> s.schema() + "." + s.name(),
                (name, b, a) -> diff.changedIf(b.start() != a.start() || b.increment() != a.increment()
                        || !Objects.equals(b.minValue(), a.minValue()) || !Objects.equals(b.maxValue(), a.maxValue())
                        || b.cycle() != a.cycle() || !Objects.equals(b.dataType(), a.dataType()), "sequence", name,
                        "type, start, increment, bounds or cycle changed"));
        diff.compare("routine", before.routines(), after.routines(), CatalogDiff::routineKey,
                (name, b, a) -> diff.changedIf(!Objects.equals(b.body(), a.body())
                        || !Objects.equals(b.returns(), a.returns()), "routine", name, "body changed"));
        diff.compare("trigger", before.triggers(), after.triggers(), t -> t.schema() + "." + t.table() + "." + t.name(),
                (name, b, a) -> diff.changedIf(!Objects.equals(b.body(), a.body()) || b.enabled() != a.enabled()
                        || !b.events().equals(a.events()) || !Objects.equals(b.timing(), a.timing())
                        || !Objects.equals(b.level(), a.level()), "trigger", name, "definition changed"));
        diff.compare("type", before.types(), after.types(), t -> t.schema() + "." + t.name(),
                (name, b, a) -> diff.changedIf(!b.equals(a), "type", name, "definition changed"));
        diff.compare("synonym", before.synonyms(), after.synonyms(), s -> s.schema() + "." + s.name(),
                (name, b, a) -> diff.changedIf(!b.equals(a), "synonym", name, "target changed"));
        diff.compare("extension", before.extensions(), after.extensions(), e -> e, (name, b, a) -> { });
        return diff.changes;
    }

    private interface Comparison<T> {
        void compare(String name, T before, T after);
    }

    private <T> void compare(String kind, List<T> before, List<T> after, Function<T, String> key,
            Comparison<T> common) {
        compare(kind, before, after, key, item -> null, common);
    }

    private <T> void compare(String kind, List<T> before, List<T> after, Function<T, String> key,
            Function<T, String> addedDetail, Comparison<T> common) {
        Map<String, T> old = index(before, key);
        Map<String, T> now = index(after, key);
        old.forEach((name, item) -> {
            if (!now.containsKey(name)) {
                changes.add(new SchemaChange(SchemaChange.REMOVED, kind, name, null));
            }
        });
        now.forEach((name, item) -> {
            if (!old.containsKey(name)) {
                changes.add(new SchemaChange(SchemaChange.ADDED, kind, name, addedDetail.apply(item)));
            } else {
                common.compare(name, old.get(name), item);
            }
        });
    }

    private void compareTables(String table, TableInfo before, TableInfo after) {
        compare("column", before.columns(), after.columns(), c -> table + "." + c.name(),
                c -> c.dataType() + (c.nullable() ? "" : " not null"), this::compareColumns);
        changedIf(!before.primaryKey().equals(after.primaryKey()), "primary key", table,
                before.primaryKey() + " -> " + after.primaryKey());
        compare("foreign key", before.foreignKeys(), after.foreignKeys(), f -> table + "." + f.name(),
                (name, b, a) -> changedIf(!b.equals(a), "foreign key", name, "definition changed"));
        compare("unique constraint", before.uniqueConstraints(), after.uniqueConstraints(),
                u -> table + "." + u.name(), (name, b, a) -> changedIf(!b.equals(a), "unique constraint", name,
                        b.columns() + " -> " + a.columns()));
        compare("check constraint", before.checkConstraints(), after.checkConstraints(), c -> table + "." + c.name(),
                (name, b, a) -> changedIf(!b.equals(a), "check constraint", name, b.expression() + " -> "
                        + a.expression()));
        compare("index", before.indexes(), after.indexes(), i -> table + "." + i.name(),
                (name, b, a) -> changedIf(!b.equals(a), "index", name, "definition changed"));
        changedIf(!Objects.equals(before.partitioning(), after.partitioning()), "partitioning", table,
                "partitioning changed");
        changedIf(!Objects.equals(before.comment(), after.comment()), "comment", table, "table comment changed");
    }

    private void compareColumns(String name, ColumnInfo before, ColumnInfo after) {
        List<String> how = new ArrayList<>();
        if (!Objects.equals(before.dataType(), after.dataType())) {
            how.add("type " + before.dataType() + " -> " + after.dataType());
        }
        if (before.nullable() != after.nullable()) {
            how.add(after.nullable() ? "now nullable" : "now not null");
        }
        if (!Objects.equals(before.defaultValue(), after.defaultValue())) {
            how.add("default " + before.defaultValue() + " -> " + after.defaultValue());
        }
        if (!Objects.equals(before.generatedExpression(), after.generatedExpression())
                || !Objects.equals(before.identity(), after.identity())
                || !Objects.equals(before.collation(), after.collation())) {
            how.add("identity, generation or collation changed");
        }
        if (!Objects.equals(before.comment(), after.comment()) || before.largeObject() != after.largeObject()
                || before.position() != after.position()) {
            how.add("comment or position changed");
        }
        changedIf(!how.isEmpty(), "column", name, String.join("; ", how));
    }

    private void changedIf(boolean changed, String kind, String object, String detail) {
        if (changed) {
            changes.add(new SchemaChange(SchemaChange.CHANGED, kind, object, detail));
        }
    }

    private static String routineKey(RoutineInfo routine) {
        return routine.schema() + "." + routine.name() + (routine.signature() == null ? "" : routine.signature())
                + " " + routine.kind().name().toLowerCase();
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> key) {
        Map<String, T> index = new LinkedHashMap<>();
        items.forEach(item -> index.put(key.apply(item), item));
        return index;
    }
}
