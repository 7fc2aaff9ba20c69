package ai.dflux.contracts.events;

/** Discovery began reading the source catalog. */
public record DiscoveryStarted(String sourceDialect) implements Payload {
    public static final String TYPE = "DiscoveryStarted";
    public static final int VERSION = 1;
}
