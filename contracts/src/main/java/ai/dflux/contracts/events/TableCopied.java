package ai.dflux.contracts.events;

/**
 * One table's rows are in the target.
 *
 * @param sourceTable {@code schema.table} on the source
 * @param targetTable {@code schema.table} on the target, quoted where needed
 * @param rows rows copied (including those of chunks finished before a restart)
 * @param bytes bytes of row data sent to the target in COPY text form
 * @param seconds how long this copy spent on the table, since its last start
 */
public record TableCopied(String sourceTable, String targetTable, long rows, long bytes, double seconds)
        implements Payload {
    public static final String TYPE = "TableCopied";
    public static final int VERSION = 1;
}
