package ai.dflux.contracts.events;

/** The tenant deleted the migration; every service forgets its state for it and cleans up what it created. */
public record MigrationDeleted(String phase) implements Payload {
    public static final String TYPE = "MigrationDeleted";
    public static final int VERSION = 1;
}
