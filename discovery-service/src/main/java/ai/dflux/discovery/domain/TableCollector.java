package ai.dflux.discovery.domain;

import ai.dflux.contracts.catalog.ColumnInfo;
import ai.dflux.contracts.catalog.ForeignKeyInfo;
import ai.dflux.contracts.catalog.TableInfo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Gathers the rows of a reader's bulk catalog queries (tables, then columns and key columns of all tables at once)
 * into {@link TableInfo}s, so that readers ask a few queries per schema and never one per table.
 */
final class TableCollector {

    private static final class Table {
        final String schema;
        final String name;
        final long rowEstimate;
        final long sizeBytes;
        final List<ColumnInfo> columns = new ArrayList<>();
        final List<String> primaryKey = new ArrayList<>();
        final Map<String, ForeignKeyParts> foreignKeys = new LinkedHashMap<>();

        Table(String schema, String name, long rowEstimate, long sizeBytes) {
            this.schema = schema;
            this.name = name;
            this.rowEstimate = rowEstimate;
            this.sizeBytes = sizeBytes;
        }
    }

    private record ForeignKeyParts(String name, List<String> columns, String referencedSchema, String referencedTable,
            List<String> referencedColumns) {
    }

    private final Map<String, Table> tables = new LinkedHashMap<>();

    void addTable(String schema, String name, long rowEstimate, long sizeBytes) {
        tables.put(key(schema, name), new Table(schema, name, Math.max(rowEstimate, 0), sizeBytes));
    }

    void addColumn(String schema, String table, ColumnInfo column) {
        Table found = tables.get(key(schema, table));
        if (found != null) {
            found.columns.add(column);
        }
    }

    void addPrimaryKeyColumn(String schema, String table, String column) {
        Table found = tables.get(key(schema, table));
        if (found != null) {
            found.primaryKey.add(column);
        }
    }

    void addForeignKeyColumn(String schema, String table, String constraint, String column, String referencedSchema,
            String referencedTable, String referencedColumn) {
        Table found = tables.get(key(schema, table));
        if (found == null) {
            return;
        }
        ForeignKeyParts parts = found.foreignKeys.computeIfAbsent(constraint, name -> new ForeignKeyParts(name,
                new ArrayList<>(), referencedSchema, referencedTable, new ArrayList<>()));
        parts.columns().add(column);
        parts.referencedColumns().add(referencedColumn);
    }

    List<TableInfo> tables() {
        return tables.values().stream()
                .map(t -> new TableInfo(t.schema, t.name, t.columns, t.primaryKey,
                        t.foreignKeys.values().stream().map(f -> new ForeignKeyInfo(f.name(), f.columns(),
                                f.referencedSchema(), f.referencedTable(), f.referencedColumns())).toList(),
                        t.rowEstimate, t.sizeBytes))
                .toList();
    }

    private static String key(String schema, String table) {
        return schema + '\u0000' + table;
    }
}
