package ai.dflux.contracts.catalog;

import java.util.List;

/**
 * One table of the source.
 *
 * @param indexes every index, those backing the primary key and unique constraints included
 * @param partitioning how the table is partitioned, or null
 * @param rowEstimate the row count the source's statistics give, not an exact count
 * @param replicaIdentity how a PostgreSQL source identifies changed rows to logical decoding: {@code DEFAULT} (the
 *     primary key), {@code FULL}, {@code INDEX} or {@code NOTHING}; null for other dialects
 */
public record TableInfo(String schema, String name, List<ColumnInfo> columns, List<String> primaryKey,
        List<ForeignKeyInfo> foreignKeys, List<UniqueConstraintInfo> uniqueConstraints,
        List<CheckConstraintInfo> checkConstraints, List<IndexInfo> indexes, PartitioningInfo partitioning,
        String comment, long rowEstimate, long sizeBytes, String replicaIdentity) {

    public TableInfo {
        columns = Lists.of(columns);
        primaryKey = Lists.of(primaryKey);
        foreignKeys = Lists.of(foreignKeys);
        uniqueConstraints = Lists.of(uniqueConstraints);
        checkConstraints = Lists.of(checkConstraints);
        indexes = Lists.of(indexes);
    }

    /** A table of a source without replica identities (every dialect but PostgreSQL). */
    public TableInfo(String schema, String name, List<ColumnInfo> columns, List<String> primaryKey,
            List<ForeignKeyInfo> foreignKeys, List<UniqueConstraintInfo> uniqueConstraints,
            List<CheckConstraintInfo> checkConstraints, List<IndexInfo> indexes, PartitioningInfo partitioning,
            String comment, long rowEstimate, long sizeBytes) {
        this(schema, name, columns, primaryKey, foreignKeys, uniqueConstraints, checkConstraints, indexes,
                partitioning, comment, rowEstimate, sizeBytes, null);
    }

    /** A table with columns and keys only. */
    public TableInfo(String schema, String name, List<ColumnInfo> columns, List<String> primaryKey,
            List<ForeignKeyInfo> foreignKeys, long rowEstimate, long sizeBytes) {
        this(schema, name, columns, primaryKey, foreignKeys, List.of(), List.of(), List.of(), null, null, rowEstimate,
                sizeBytes);
    }

    public String qualifiedName() {
        return schema + "." + name;
    }
}
