package ai.dflux.contracts.catalog;

/**
 * One column.
 *
 * @param dataType the type as the source spells it, with length, precision and scale ({@code numeric(10,2)})
 * @param defaultValue the default expression in the source's SQL, or null
 */
public record ColumnInfo(int position, String name, String dataType, boolean nullable, String defaultValue) {
}
