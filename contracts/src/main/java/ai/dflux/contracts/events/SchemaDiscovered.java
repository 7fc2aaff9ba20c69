package ai.dflux.contracts.events;

/**
 * The source catalog was read and stored by discovery. The catalog itself is never inlined (a large one would pass
 * Kafka's message size): {@code catalogRef} names where discovery serves it, with its findings beside it.
 *
 * @param blockers how many findings block the migration until someone deals with them
 */
public record SchemaDiscovered(String catalogRef, int schemas, int tables, int columns, long rowEstimate,
        String fingerprint, int blockers, int warnings) implements Payload {
    public static final String TYPE = "SchemaDiscovered";
    public static final int VERSION = 1;
}
