package ai.dflux.contracts.catalog;

/**
 * One difference between two reads of a source schema.
 *
 * @param change {@code ADDED}, {@code REMOVED} or {@code CHANGED}
 * @param kind the object kind: {@code table}, {@code column}, {@code index}, {@code view}, ...
 * @param object the qualified name ({@code shop.orders.note})
 * @param detail how it changed, for {@code CHANGED} ({@code type varchar(20) -> varchar(40)}), else what was added
 */
public record SchemaChange(String change, String kind, String object, String detail) {

    public static final String ADDED = "ADDED";
    public static final String REMOVED = "REMOVED";
    public static final String CHANGED = "CHANGED";
}
