package ai.dflux.contracts.catalog;

import java.util.List;

/**
 * One table of the source.
 *
 * @param rowEstimate the row count the source's statistics give, not an exact count
 */
public record TableInfo(String schema, String name, List<ColumnInfo> columns, List<String> primaryKey,
        List<ForeignKeyInfo> foreignKeys, long rowEstimate, long sizeBytes) {

    public TableInfo {
        columns = List.copyOf(columns);
        primaryKey = List.copyOf(primaryKey);
        foreignKeys = List.copyOf(foreignKeys);
    }

    public String qualifiedName() {
        return schema + "." + name;
    }
}
