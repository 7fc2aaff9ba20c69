package ai.dflux.contracts.events;

/**
 * Periodic report of how far the target is behind the source.
 *
 * @param lagSeconds seconds between the source committing the newest change seen and the target applying it; with an
 *     idle source the heartbeat keeps this true (near 0), rather than growing from the last real change
 * @param lagBytes source WAL or binlog bytes not yet applied, or -1 when the source cannot tell
 * @param eventsPerSecond change events applied per second over the last interval
 * @param rowsPerSecond rows written per second over the last interval
 * @param appliedPosition the source position of the last applied change
 */
public record ReplicationLagReported(double lagSeconds, long lagBytes, double eventsPerSecond, double rowsPerSecond,
        String appliedPosition) implements Payload {
    public static final String TYPE = "ReplicationLagReported";
    public static final int VERSION = 1;
}
