package ai.dflux.compatibility.domain.types;

import ai.dflux.contracts.Dialect;
import ai.dflux.contracts.catalog.ColumnInfo;
import ai.dflux.contracts.catalog.TableInfo;
import java.util.List;

/** A {@link TypeMapping} backed by a {@link TypeTable}. */
abstract class TableTypeMapping implements TypeMapping {

    private final Dialect dialect;
    private final TypeTable table;

    TableTypeMapping(Dialect dialect, TypeTable table) {
        this.dialect = dialect;
        this.table = table;
    }

    @Override
    public Dialect dialect() {
        return dialect;
    }

    @Override
    public MappedType map(TableInfo table, ColumnInfo column) {
        return decide(column).mapped();
    }

    @Override
    public List<TypeRule> rules() {
        return table.rows();
    }

    /** The decision for a column, with the values its source type holds. */
    TypeDecision decide(ColumnInfo column) {
        return decide(column.dataType());
    }

    TypeDecision decide(String dataType) {
        return table.decide(dataType);
    }
}
