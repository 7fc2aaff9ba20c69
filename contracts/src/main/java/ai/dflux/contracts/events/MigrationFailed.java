package ai.dflux.contracts.events;

/**
 * A migration cannot go on.
 *
 * @param reason machine-readable reason code, one of {@link FailureReason}
 * @param phase the phase the migration was in when it failed
 * @param message what happened, for a person
 */
public record MigrationFailed(FailureReason reason, String phase, String message) implements Payload {
    public static final String TYPE = "MigrationFailed";
    public static final int VERSION = 1;
}
