package ai.dflux.compatibility.domain.ddl;

import ai.dflux.compatibility.domain.types.Fidelity;
import ai.dflux.compatibility.domain.types.MappedType;
import ai.dflux.contracts.catalog.ColumnInfo;
import java.util.Locale;
import java.util.Set;

/**
 * The type a target column gets: the type table's choice, with the enum type made for it, or {@code bigint} where an
 * identity column's chosen type cannot number itself in PostgreSQL.
 *
 * @param mapped what the type table chose
 * @param sqlType the type as written in the column definition, or null when there is none (UNSUPPORTED)
 * @param adjustment why {@code sqlType} differs from the type table's choice, or null
 */
public record ColumnType(MappedType mapped, String sqlType, String adjustment) {

    /** The only types PostgreSQL allows an identity column to have. */
    private static final Set<String> IDENTITY_TYPES = Set.of("smallint", "integer", "bigint", "int2", "int4", "int8",
            "int");

    static ColumnType of(ColumnInfo column, MappedType mapped, String enumType) {
        if (mapped.fidelity() == Fidelity.UNSUPPORTED) {
            return new ColumnType(mapped, null, null);
        }
        String sqlType = mapped.sqlType() != null ? mapped.sqlType()
                : mapped.enumLabels().isEmpty() ? null : enumType;
        if (sqlType != null && column.identity() != null
                && !IDENTITY_TYPES.contains(sqlType.toLowerCase(Locale.ROOT).strip())) {
            return new ColumnType(mapped, "bigint", "the identity column " + column.name() + " is bigint instead of "
                    + sqlType + ", because PostgreSQL numbers only smallint, integer and bigint columns itself;"
                    + " bigint holds values up to 9223372036854775807");
        }
        return new ColumnType(mapped, sqlType, null);
    }

    public boolean needsEnumType() {
        return mapped.sqlType() == null && !mapped.enumLabels().isEmpty();
    }
}
