package ai.dflux.contracts.catalog;

import java.util.List;

/** A foreign key from a table's {@code columns} to {@code referencedColumns} of another table. */
public record ForeignKeyInfo(String name, List<String> columns, String referencedSchema, String referencedTable,
        List<String> referencedColumns) {

    public ForeignKeyInfo {
        columns = List.copyOf(columns);
        referencedColumns = List.copyOf(referencedColumns);
    }
}
