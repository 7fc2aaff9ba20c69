package ai.dflux.compatibility.domain.types;

import ai.dflux.contracts.Dialect;
import ai.dflux.contracts.catalog.ColumnInfo;
import ai.dflux.contracts.catalog.TableInfo;
import java.util.List;

/** The type table of one source dialect: which PostgreSQL type holds each source type's values. */
public interface TypeMapping {

    Dialect dialect();

    /** The target type of a column, as the source catalog spells its type ({@link ColumnInfo#dataType()}). */
    MappedType map(TableInfo table, ColumnInfo column);

    /** Every rule of the table, in order, as docs/type-mapping.md shows it. */
    List<TypeRule> rules();
}
