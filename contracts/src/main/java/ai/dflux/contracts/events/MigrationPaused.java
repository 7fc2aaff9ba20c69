package ai.dflux.contracts.events;

/**
 * The Executor stopped applying changes; nothing is lost: the source keeps them (replication slot, binlog) until the
 * migration resumes. Only a streaming migration pauses.
 *
 * @param reason {@code REQUESTED} (through the API) or {@code INCOMPATIBLE_DRIFT} (a source change the Executor may
 *     not apply on its own)
 * @param detail a sentence saying what happened and what to do
 */
public record MigrationPaused(String reason, String detail) implements Payload {
    public static final String TYPE = "MigrationPaused";
    public static final int VERSION = 1;

    public static final String REQUESTED = "REQUESTED";
    public static final String INCOMPATIBLE_DRIFT = "INCOMPATIBLE_DRIFT";
}
