package ai.dflux.discovery.domain;

import ai.dflux.contracts.catalog.CheckConstraintInfo;
import ai.dflux.contracts.catalog.ColumnInfo;
import ai.dflux.contracts.catalog.ForeignKeyInfo;
import ai.dflux.contracts.catalog.IndexInfo;
import ai.dflux.contracts.catalog.PartitioningInfo;
import ai.dflux.contracts.catalog.TableInfo;
import ai.dflux.contracts.catalog.UniqueConstraintInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** A table while the script is read: CREATE TABLE makes it, ALTER TABLE, CREATE INDEX and COMMENT ON change it. */
final class OracleScriptTable {

    /** A column while the script is read. */
    static final class Column {
        String name;
        String dataType;
        boolean nullable = true;
        String defaultValue;
        String identity;
        String generatedExpression;
        String collation;
        String comment;

        Column(String name) {
            this.name = name;
        }
    }

    final String schema;
    final String name;
    final List<Column> columns = new ArrayList<>();
    List<String> primaryKey = List.of();
    String primaryKeyName;
    final List<ForeignKeyInfo> foreignKeys = new ArrayList<>();
    final List<OracleScriptUnique> uniqueConstraints = new ArrayList<>();
    final List<CheckConstraintInfo> checkConstraints = new ArrayList<>();
    final List<IndexInfo> indexes = new ArrayList<>();
    PartitioningInfo partitioning;
    String comment;

    OracleScriptTable(String schema, String name) {
        this.schema = schema;
        this.name = name;
    }

    /** A unique constraint, kept with its name so that DROP CONSTRAINT finds it. */
    record OracleScriptUnique(String name, List<String> columns) {
    }

    Column column(String columnName) {
        for (Column column : columns) {
            if (column.name.equals(columnName)) {
                return column;
            }
        }
        return null;
    }

    /** Drops the constraint of that name, whatever its kind; false if there is none. */
    boolean dropConstraint(String constraintName) {
        if (constraintName.equals(primaryKeyName)) {
            primaryKey = List.of();
            primaryKeyName = null;
            return true;
        }
        return foreignKeys.removeIf(fk -> constraintName.equals(fk.name()))
                | uniqueConstraints.removeIf(u -> constraintName.equals(u.name()))
                | checkConstraints.removeIf(c -> constraintName.equals(c.name()));
    }

    /**
     * The finished table. {@code primaryKeyOf} gives the primary key of a referenced table, for foreign keys written
     * {@code REFERENCES t} without columns.
     */
    TableInfo toInfo(Function<String, List<String>> primaryKeyOf) {
        List<ColumnInfo> infos = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            Column c = columns.get(i);
            boolean lob = c.dataType != null && OracleScriptDataType.isLargeObject(c.dataType);
            infos.add(new ColumnInfo(i + 1, c.name, c.dataType, c.nullable && !primaryKey.contains(c.name),
                    c.defaultValue, c.identity, c.generatedExpression, c.collation, c.comment, lob));
        }
        List<ForeignKeyInfo> fks = new ArrayList<>();
        for (ForeignKeyInfo fk : foreignKeys) {
            if (fk.referencedColumns().isEmpty()) {
                fk = new ForeignKeyInfo(fk.name(), fk.columns(), fk.referencedSchema(), fk.referencedTable(),
                        primaryKeyOf.apply(fk.referencedSchema() + "." + fk.referencedTable()), fk.onUpdate(),
                        fk.onDelete(), fk.deferrable(), fk.initiallyDeferred());
            }
            fks.add(fk);
        }
        List<IndexInfo> finalIndexes = new ArrayList<>();
        for (IndexInfo index : indexes) {
            boolean backsPrimaryKey = index.unique() && !primaryKey.isEmpty() && index.columns().equals(primaryKey);
            finalIndexes.add(backsPrimaryKey ? new IndexInfo(index.name(), index.columns(), true, true,
                    index.method(), index.predicate(), index.expression()) : index);
        }
        return new TableInfo(schema, name, infos, primaryKey, fks,
                uniqueConstraints.stream().map(u -> new UniqueConstraintInfo(u.name(), u.columns())).toList(),
                checkConstraints, finalIndexes, partitioning, comment, 0, 0);
    }
}
