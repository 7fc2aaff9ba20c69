package ai.dflux.contracts.events;

/**
 * Every table is copied and the post-data DDL (indexes, constraints, validated foreign keys) is applied.
 *
 * @param snapshotPosition the position the change stream starts from, as in {@link SnapshotStarted}
 */
public record SnapshotCompleted(int tables, long rows, long bytes, double seconds, String snapshotPosition)
        implements Payload {
    public static final String TYPE = "SnapshotCompleted";
    public static final int VERSION = 1;
}
