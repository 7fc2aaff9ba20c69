package ai.dflux.discovery.domain;

import ai.dflux.contracts.catalog.CheckConstraintInfo;
import ai.dflux.contracts.catalog.ColumnInfo;
import ai.dflux.contracts.catalog.ForeignKeyInfo;
import ai.dflux.contracts.catalog.IndexInfo;
import ai.dflux.contracts.catalog.PartitioningInfo;
import ai.dflux.contracts.catalog.TableInfo;
import ai.dflux.contracts.catalog.UniqueConstraintInfo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Gathers the rows of a reader's bulk catalog queries (tables, then columns, keys, constraints and indexes of all
 * tables at once) into {@link TableInfo}s, so that readers ask a few queries per schema and never one per table. Rows
 * of tables it was not told about are ignored.
 */
final class TableCollector {

    private static final class Table {
        final String schema;
        final String name;
        final long rowEstimate;
        final long sizeBytes;
        String comment;
        String replicaIdentity;
        PartitioningInfo partitioning;
        final List<ColumnInfo> columns = new ArrayList<>();
        final List<String> primaryKey = new ArrayList<>();
        final Map<String, ForeignKeyParts> foreignKeys = new LinkedHashMap<>();
        final Map<String, List<String>> uniqueConstraints = new LinkedHashMap<>();
        final List<CheckConstraintInfo> checks = new ArrayList<>();
        final Map<String, IndexParts> indexes = new LinkedHashMap<>();

        Table(String schema, String name, long rowEstimate, long sizeBytes) {
            this.schema = schema;
            this.name = name;
            this.rowEstimate = rowEstimate;
            this.sizeBytes = sizeBytes;
        }
    }

    private record ForeignKeyParts(String name, List<String> columns, String referencedSchema, String referencedTable,
            List<String> referencedColumns, String onUpdate, String onDelete, boolean deferrable,
            boolean initiallyDeferred) {
    }

    private record IndexParts(String name, List<String> columns, boolean unique, boolean primary, String method,
            String predicate, boolean[] expression) {
    }

    private final Map<String, Table> tables = new LinkedHashMap<>();

    void addTable(String schema, String name, long rowEstimate, long sizeBytes) {
        tables.put(key(schema, name), new Table(schema, name, Math.max(rowEstimate, 0), sizeBytes));
    }

    boolean hasTable(String schema, String name) {
        return tables.containsKey(key(schema, name));
    }

    void setComment(String schema, String table, String comment) {
        withTable(schema, table, t -> t.comment = comment);
    }

    void setReplicaIdentity(String schema, String table, String replicaIdentity) {
        withTable(schema, table, t -> t.replicaIdentity = replicaIdentity);
    }

    void setPartitioning(String schema, String table, PartitioningInfo partitioning) {
        withTable(schema, table, t -> t.partitioning = partitioning);
    }

    void addColumn(String schema, String table, ColumnInfo column) {
        withTable(schema, table, t -> t.columns.add(column));
    }

    void addPrimaryKeyColumn(String schema, String table, String column) {
        withTable(schema, table, t -> t.primaryKey.add(column));
    }

    void addForeignKeyColumn(String schema, String table, String constraint, String column, String referencedSchema,
            String referencedTable, String referencedColumn) {
        addForeignKeyColumn(schema, table, constraint, column, referencedSchema, referencedTable, referencedColumn,
                null, null, false, false);
    }

    /** Adds one column pair of a foreign key; the constraint's actions are taken from its first column pair. */
    void addForeignKeyColumn(String schema, String table, String constraint, String column, String referencedSchema,
            String referencedTable, String referencedColumn, String onUpdate, String onDelete, boolean deferrable,
            boolean initiallyDeferred) {
        withTable(schema, table, t -> {
            ForeignKeyParts parts = t.foreignKeys.computeIfAbsent(constraint, name -> new ForeignKeyParts(name,
                    new ArrayList<>(), referencedSchema, referencedTable, new ArrayList<>(), onUpdate, onDelete,
                    deferrable, initiallyDeferred));
            parts.columns().add(column);
            parts.referencedColumns().add(referencedColumn);
        });
    }

    void addUniqueConstraintColumn(String schema, String table, String constraint, String column) {
        withTable(schema, table, t -> t.uniqueConstraints.computeIfAbsent(constraint, n -> new ArrayList<>())
                .add(column));
    }

    void addCheckConstraint(String schema, String table, CheckConstraintInfo check) {
        withTable(schema, table, t -> t.checks.add(check));
    }

    /** Adds one key part of an index; the index's other properties are taken from its first key part. */
    void addIndexPart(String schema, String table, String index, String columnOrExpression, boolean isExpression,
            boolean unique, boolean primary, String method, String predicate) {
        withTable(schema, table, t -> {
            IndexParts parts = t.indexes.computeIfAbsent(index, name -> new IndexParts(name, new ArrayList<>(), unique,
                    primary, method, predicate, new boolean[1]));
            parts.columns().add(columnOrExpression);
            parts.expression()[0] |= isExpression;
        });
    }

    List<TableInfo> tables() {
        return tables.values().stream()
                .map(t -> new TableInfo(t.schema, t.name, t.columns, t.primaryKey,
                        t.foreignKeys.values().stream().map(f -> new ForeignKeyInfo(f.name(), f.columns(),
                                f.referencedSchema(), f.referencedTable(), f.referencedColumns(), f.onUpdate(),
                                f.onDelete(), f.deferrable(), f.initiallyDeferred())).toList(),
                        t.uniqueConstraints.entrySet().stream()
                                .map(u -> new UniqueConstraintInfo(u.getKey(), u.getValue())).toList(),
                        t.checks,
                        t.indexes.values().stream().map(i -> new IndexInfo(i.name(), i.columns(), i.unique(),
                                i.primary(), i.method(), i.predicate(), i.expression()[0])).toList(),
                        t.partitioning, t.comment, t.rowEstimate, t.sizeBytes, t.replicaIdentity))
                .toList();
    }

    private void withTable(String schema, String table, java.util.function.Consumer<Table> change) {
        Table found = tables.get(key(schema, table));
        if (found != null) {
            change.accept(found);
        }
    }

    private static String key(String schema, String table) {
        return schema + '\u0000' + table;
    }
}
