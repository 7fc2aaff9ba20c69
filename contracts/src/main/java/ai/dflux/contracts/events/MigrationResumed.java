package ai.dflux.contracts.events;

/** The Executor applies changes again, from where it paused; the migration is streaming again. */
public record MigrationResumed(String requestedBy) implements Payload {
    public static final String TYPE = "MigrationResumed";
    public static final int VERSION = 1;
}
