package ai.dflux.systemtests;

/**
 * One way a converted schema differs from a hand-made PostgreSQL port of the same database.
 *
 * @param kind {@code type}, {@code column only in ours}, {@code column only in reference}, {@code table only in
 *     ours}, {@code table only in reference}, {@code key only in ours}, {@code key only in reference}
 * @param table the lower-case table name
 * @param item the column or key, or null for a whole table
 * @param ours what the converted schema has (a type), or null
 * @param reference what the port has, or null
 */
public record SchemaDifference(String kind, String table, String item, String ours, String reference) {

    @Override
    public String toString() {
        return kind + " " + table + (item == null ? "" : "." + item)
                + (ours == null && reference == null ? "" : ": ours " + ours + ", reference " + reference);
    }
}
