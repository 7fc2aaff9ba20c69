package ai.dflux.systemtests.replication;

/**
 * One value (or row, or column) that differs between source and target.
 *
 * @param key the primary key's canonical values, or {@code -} for a difference of the table's shape
 * @param column the column, or {@code (row)} for a row present on one side only
 */
public record Difference(String table, String key, String column, String source, String target) {

    static final String ROW = "(row)";

    @Override
    public String toString() {
        return table + " key " + key + " column " + column + ": source " + abbreviated(source) + ", target "
                + abbreviated(target);
    }

    private static String abbreviated(String value) {
        if (value == null) {
            return "NULL";
        }
        if (value.length() <= 80) {
            return "'" + value + "'";
        }
        return "'" + value.substring(0, 40) + "...' (" + value.length() + " chars, hash " + value.hashCode() + ")";
    }
}
