package ai.dflux.compatibility.domain.types;

import ai.dflux.contracts.catalog.ColumnInfo;
import ai.dflux.contracts.catalog.TableInfo;
import java.util.List;

/** Columns and a table to map them in, for the type table tests. */
final class Columns {

    static final TableInfo TABLE = new TableInfo("shop", "item", List.of(), List.of(), List.of(), 0, 0);

    private Columns() {
    }

    static ColumnInfo column(String dataType) {
        return new ColumnInfo(1, "c", dataType, true, null);
    }

    static ColumnInfo autoIncrement(String dataType) {
        return new ColumnInfo(1, "id", dataType, false, null, "AUTO_INCREMENT", null, null, null, false);
    }

    static MappedType map(TypeMapping mapping, String dataType) {
        return mapping.map(TABLE, column(dataType));
    }
}
