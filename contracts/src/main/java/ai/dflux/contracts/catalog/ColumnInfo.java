package ai.dflux.contracts.catalog;

/**
 * One column.
 *
 * @param dataType the type as the source spells it, with length, precision and scale ({@code numeric(10,2)})
 * @param defaultValue the default expression in the source's SQL, or null
 * @param identity how the column numbers itself: {@code ALWAYS}, {@code BY DEFAULT}, {@code AUTO_INCREMENT}, or null
 * @param generatedExpression the expression of a generated (computed) column, or null
 * @param largeObject whether values are large objects (BLOB, CLOB, LONGTEXT, bytea, ...)
 */
public record ColumnInfo(int position, String name, String dataType, boolean nullable, String defaultValue,
        String identity, String generatedExpression, String collation, String comment, boolean largeObject) {

    public ColumnInfo(int position, String name, String dataType, boolean nullable, String defaultValue) {
        this(position, name, dataType, nullable, defaultValue, null, null, null, null, false);
    }
}
