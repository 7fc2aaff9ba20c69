package ai.dflux.compatibility.domain.ddl;

import ai.dflux.contracts.conversion.ColumnPlan;
import ai.dflux.contracts.conversion.TablePlan;
import ai.dflux.compatibility.domain.ddl.SchemaDelta.NonAdditiveChange;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Compares two conversions of the same source, object by object and column by column, into a {@link SchemaDelta}. */
final class SchemaDiff {

    private final SchemaConversion previous;
    private final SchemaConversion next;
    private final Map<String, ConvertedObject> previousObjects = new HashMap<>();
    private final Map<String, ConvertedObject> nextObjects = new HashMap<>();
    private final Set<String> renamedTargets = new HashSet<>();
    private final List<ConvertedObject> preData = new ArrayList<>();
    private final List<ConvertedObject> columns = new ArrayList<>();
    private final List<ConvertedObject> later = new ArrayList<>();
    private final List<NonAdditiveChange> nonAdditive = new ArrayList<>();

    SchemaDiff(SchemaConversion previous, SchemaConversion next) {
        this.previous = previous;
        this.next = next;
        previous.objects().forEach(o -> previousObjects.put(key(o), o));
        next.objects().forEach(o -> nextObjects.put(key(o), o));
    }

    SchemaDelta delta() {
        renames();
        for (ConvertedObject object : next.objects()) {
            if (renamedTargets.contains(key(object))) {
                continue;
            }
            ConvertedObject before = previousObjects.get(key(object));
            if (before == null) {
                (object.part() == DdlPart.PRE_DATA ? preData : later).add(object);
            } else if (object.kind() == ObjectKind.TABLE) {
                tableChanges(object);
            } else if (!before.statements().equals(object.statements())) {
                nonAdditive.add(change(object, "its definition changed; replacing it means dropping and"
                        + " re-creating it"));
            }
        }
        for (ConvertedObject object : previous.objects()) {
            if (!nextObjects.containsKey(key(object)) && !renamedTargets.contains(key(object))) {
                nonAdditive.add(change(object, "it is gone from the source; dropping it on the target is left to"
                        + " a person"));
            }
        }
        List<ConvertedObject> objects = new ArrayList<>(preData);
        objects.addAll(columns);
        objects.addAll(later);
        return new SchemaDelta(objects, nonAdditive);
    }

    /** The same source object under another target name: neither created nor dropped, but reported. */
    private void renames() {
        Map<String, ConvertedObject> previousBySource = new HashMap<>();
        previous.objects().forEach(o -> previousBySource.put(o.kind() + " " + o.source(), o));
        for (ConvertedObject object : next.objects()) {
            ConvertedObject before = previousBySource.get(object.kind() + " " + object.source());
            if (before != null && !before.target().equals(object.target())
                    && object.kind() != ObjectKind.SEQUENCE_OWNERSHIP) {
                renamedTargets.add(key(object));
                renamedTargets.add(key(before));
                nonAdditive.add(change(object, "the source object " + object.source() + " was created as "
                        + before.target() + " and would now be named " + object.target()
                        + "; renaming it is left to a person"));
            }
        }
    }

    private void tableChanges(ConvertedObject table) {
        Optional<TablePlan> before = plan(previous, table.target());
        Optional<TablePlan> after = plan(next, table.target());
        if (before.isEmpty() || after.isEmpty()) {
            return;
        }
        if (!before.get().targetPrimaryKey().equals(after.get().targetPrimaryKey())) {
            nonAdditive.add(change(table, "its primary key changed from " + before.get().targetPrimaryKey() + " to "
                    + after.get().targetPrimaryKey()));
        }
        Map<String, ColumnPlan> oldColumns = new HashMap<>();
        before.get().columns().forEach(c -> oldColumns.put(c.source(), c));
        Set<String> newSources = new HashSet<>();
        for (ColumnPlan column : after.get().columns()) {
            newSources.add(column.source());
            ColumnPlan old = oldColumns.get(column.source());
            if (old == null) {
                columns.add(addColumn(table, column));
            } else if (!old.target().equals(column.target())) {
                nonAdditive.add(new NonAdditiveChange("column", table.target() + "." + column.target(),
                        "the source column " + column.source() + " was created as " + old.target()
                                + "; renaming it is left to a person"));
            } else if (!equalTypes(old.targetType(), column.targetType())) {
                typeChange(table, old, column);
            } else if (!old.definition().equals(column.definition())) {
                nonAdditive.add(new NonAdditiveChange("column", table.target() + "." + column.target(),
                        "its definition changed from " + old.definition() + " to " + column.definition()));
            }
        }
        for (ColumnPlan old : before.get().columns()) {
            if (!newSources.contains(old.source())) {
                nonAdditive.add(new NonAdditiveChange("column", table.target() + "." + old.target(),
                        "it is gone from the source; dropping it on the target is left to a person"));
            }
        }
    }

    private ConvertedObject addColumn(ConvertedObject table, ColumnPlan column) {
        String target = table.target() + "." + column.target();
        ObjectDraft draft = new ObjectDraft(ObjectKind.COLUMN, table.source() + "." + column.source(), target,
                DdlPart.PRE_DATA).definition(column.sourceType()).dependsOn(table.target());
        if (column.targetType() == null) {
            return draft.manual("the new column " + column.source() + " has type " + column.sourceType()
                    + ", which PostgreSQL cannot hold as it is").build();
        }
        if (nextObjects.containsKey(ObjectKind.TYPE + " " + column.targetType())) {
            draft.dependsOn(column.targetType());
        }
        String definition = column.definition();
        if (definition.contains(" NOT NULL") && !definition.contains(" DEFAULT ")
                && !definition.contains(" GENERATED ")) {
            draft.manual("the new column " + column.source() + " is NOT NULL without a default: the rows already"
                    + " copied need their values from the source (copy the table again)");
        }
        return draft.statement("ALTER TABLE " + table.target() + " ADD COLUMN " + definition).build();
    }

    private void typeChange(ConvertedObject table, ColumnPlan old, ColumnPlan column) {
        String target = table.target() + "." + column.target();
        Optional<TypeWidening.Widening> widening = TypeWidening.of(old.targetType(), column.targetType());
        if (widening.isEmpty()) {
            nonAdditive.add(new NonAdditiveChange("column", target, "its type changed from " + old.targetType()
                    + " to " + column.targetType() + ", which does not hold every old value unchanged"));
            return;
        }
        ObjectDraft draft = new ObjectDraft(ObjectKind.COLUMN, table.source() + "." + column.source(), target,
                DdlPart.PRE_DATA).definition(column.sourceType()).dependsOn(table.target())
                .statement("ALTER TABLE " + table.target() + " ALTER COLUMN " + column.target() + " TYPE "
                        + column.targetType());
        if (widening.get().rewritesTable()) {
            draft.warn("changing " + old.targetType() + " to " + column.targetType() + " rewrites " + table.target()
                    + " under an exclusive lock");
        }
        List<String> views = next.objects().stream().filter(o -> o.kind() == ObjectKind.VIEW
                && o.dependsOn().contains(table.target())).map(ConvertedObject::target).toList();
        if (!views.isEmpty()) {
            draft.warn("PostgreSQL refuses to change the type of a column a view reads: drop " + String.join(", ",
                    views) + " first, and create again afterwards those that read " + column.target());
        }
        columns.add(draft.build());
    }

    private static Optional<TablePlan> plan(SchemaConversion conversion, String tableTarget) {
        return conversion.tables().stream()
                .filter(p -> (p.targetSchema() + "." + p.targetTable()).equals(tableTarget)).findFirst();
    }

    private static boolean equalTypes(String a, String b) {
        return a == null ? b == null : b != null && a.strip().toLowerCase(Locale.ROOT)
                .equals(b.strip().toLowerCase(Locale.ROOT));
    }

    private static NonAdditiveChange change(ConvertedObject object, String reason) {
        return new NonAdditiveChange(object.kind().name().toLowerCase(Locale.ROOT).replace('_', ' '),
                object.target(), reason);
    }

    private static String key(ConvertedObject object) {
        return object.kind() + " " + object.target();
    }
}
