package ai.dflux.compatibility.domain.types;

/**
 * A tenant's choice of target type for one column, instead of the type table's.
 *
 * @param schema the source schema (MySQL: database) of the table
 * @param table the source table
 * @param column the source column
 * @param targetType the PostgreSQL type to use ({@code boolean}, {@code varchar(20)})
 */
public record TypeOverride(String schema, String table, String column, String targetType) {
}
