package ai.dflux.contracts.events;

/**
 * Change data capture runs: every change committed on the source after {@code fromPosition} is applied to the target.
 *
 * @param connector the Debezium connector reading the source ({@code postgres}, {@code mariadb})
 * @param fromPosition the source position the stream (re)started from
 * @param resumed whether the stream continues from an offset committed before a restart
 */
public record StreamingStarted(String connector, String fromPosition, boolean resumed) implements Payload {
    public static final String TYPE = "StreamingStarted";
    public static final int VERSION = 1;
}
