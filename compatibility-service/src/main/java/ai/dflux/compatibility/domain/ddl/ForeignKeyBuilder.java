package ai.dflux.compatibility.domain.ddl;

import ai.dflux.contracts.catalog.ForeignKeyInfo;
import ai.dflux.contracts.catalog.IndexInfo;
import ai.dflux.contracts.catalog.TableInfo;
import ai.dflux.contracts.catalog.UniqueConstraintInfo;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Foreign keys, added {@code NOT VALID} and then validated, so that the check of existing rows does not block the
 * writes that keep the target in sync; actions and deferrability as in the source.
 */
final class ForeignKeyBuilder {

    private final ConversionContext context;

    ForeignKeyBuilder(ConversionContext context) {
        this.context = context;
    }

    ConvertedObject build(TableInfo table, ForeignKeyInfo fk) {
        String name = context.names().foreignKey(table.schema(), table.name(), fk);
        String target = context.table(table) + "." + name;
        ObjectDraft draft = new ObjectDraft(ObjectKind.FOREIGN_KEY,
                table.qualifiedName() + "." + (fk.name() != null ? fk.name() : name), target, DdlPart.POST_DATA)
                .definition("(" + String.join(", ", fk.columns()) + ") REFERENCES " + fk.referencedSchema() + "."
                        + fk.referencedTable() + " (" + String.join(", ", fk.referencedColumns()) + ")")
                .dependsOn(context.table(table));
        Optional<TableInfo> referenced = context.catalog().tables().stream()
                .filter(t -> t.schema().equals(fk.referencedSchema()) && t.name().equals(fk.referencedTable()))
                .findFirst();
        if (referenced.isEmpty()) {
            return draft.manual("foreign key " + name + " references " + fk.referencedSchema() + "."
                    + fk.referencedTable() + ", which is not part of this migration").build();
        }
        if (fk.referencedColumns().isEmpty() || fk.referencedColumns().size() != fk.columns().size()) {
            return draft.manual("foreign key " + name + " does not say which columns of " + fk.referencedTable()
                    + " it references").build();
        }
        TableInfo parent = referenced.get();
        draft.dependsOn(context.table(parent));
        Optional<String> key = referencedKey(parent, fk.referencedColumns());
        if (key.isEmpty()) {
            return draft.manual("foreign key " + name + " references " + fk.referencedTable() + " ("
                    + String.join(", ", fk.referencedColumns()) + "), which is neither its primary key nor unique;"
                    + " PostgreSQL requires a unique key there").build();
        }
        if (!key.get().isEmpty()) {
            draft.dependsOn(key.get());
        }
        StringBuilder sql = new StringBuilder("ALTER TABLE ").append(context.table(table)).append(" ADD CONSTRAINT ")
                .append(name).append(" FOREIGN KEY (").append(columns(table, fk.columns())).append(") REFERENCES ")
                .append(context.table(parent)).append(" (").append(columns(parent, fk.referencedColumns())).append(")");
        action(sql, "UPDATE", fk.onUpdate());
        action(sql, "DELETE", fk.onDelete());
        if (fk.deferrable()) {
            sql.append(fk.initiallyDeferred() ? " DEFERRABLE INITIALLY DEFERRED" : " DEFERRABLE");
        }
        sql.append(" NOT VALID");
        return draft.statement(sql.toString())
                .statement("ALTER TABLE " + context.table(table) + " VALIDATE CONSTRAINT " + name).build();
    }

    /**
     * The key of the parent the foreign key relies on: empty text for its primary key (created with the table), the
     * target of a unique constraint or unique index, or nothing when the columns are not unique there.
     */
    private Optional<String> referencedKey(TableInfo parent, List<String> columns) {
        HashSet<String> wanted = new HashSet<>(columns);
        if (new HashSet<>(parent.primaryKey()).equals(wanted)) {
            return Optional.of("");
        }
        for (UniqueConstraintInfo unique : parent.uniqueConstraints()) {
            if (new HashSet<>(unique.columns()).equals(wanted)) {
                return Optional.of(context.table(parent) + "."
                        + context.names().unique(parent.schema(), parent.name(), unique));
            }
        }
        for (IndexInfo index : parent.indexes()) {
            if (index.unique() && !index.primary() && !index.expression() && index.predicate() == null
                    && new HashSet<>(index.columns()).equals(wanted)) {
                return Optional.of(IndexBuilder.backsUniqueConstraint(parent, index) ? ""
                        : context.names().schema(parent.schema()) + "."
                                + context.names().index(parent.schema(), parent.name(), index.name()));
            }
        }
        return Optional.empty();
    }

    private String columns(TableInfo table, List<String> columns) {
        return String.join(", ", columns.stream().map(c -> context.column(table, c)).toList());
    }

    private static void action(StringBuilder sql, String event, String action) {
        if (action != null && !action.isBlank() && !"NO ACTION".equalsIgnoreCase(action.strip())) {
            sql.append(" ON ").append(event).append(' ').append(action.strip().toUpperCase(Locale.ROOT));
        }
    }
}
