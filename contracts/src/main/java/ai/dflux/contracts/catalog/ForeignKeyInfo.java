package ai.dflux.contracts.catalog;

import java.util.List;

/**
 * A foreign key from a table's {@code columns} to {@code referencedColumns} of another table.
 *
 * @param onDelete the referential action ({@code CASCADE}, {@code SET NULL}, {@code NO ACTION}, ...), or null if unknown
 */
public record ForeignKeyInfo(String name, List<String> columns, String referencedSchema, String referencedTable,
        List<String> referencedColumns, String onUpdate, String onDelete, boolean deferrable,
        boolean initiallyDeferred) {

    public ForeignKeyInfo {
        columns = Lists.of(columns);
        referencedColumns = Lists.of(referencedColumns);
    }

    public ForeignKeyInfo(String name, List<String> columns, String referencedSchema, String referencedTable,
            List<String> referencedColumns) {
        this(name, columns, referencedSchema, referencedTable, referencedColumns, null, null, false, false);
    }
}
