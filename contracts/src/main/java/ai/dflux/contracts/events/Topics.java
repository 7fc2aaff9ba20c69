package ai.dflux.contracts.events;

/** Kafka topic names. */
public final class Topics {
    /**
     * Every event of every migration, keyed by migration id, so that one migration's events keep their order and the
     * timeline reads them as they happened.
     */
    public static final String MIGRATION_EVENTS = "dflux.migration.events";

    /** Events a consumer gave up on after its retries, kept for an operator to inspect. */
    public static final String MIGRATION_EVENTS_DEAD_LETTER = "dflux.migration.events.dead-letter";

    private Topics() {
    }
}
