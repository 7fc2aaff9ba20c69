package ai.dflux.contracts.events;

/** The names services put in {@link EventEnvelope#producer()}. */
public final class Producers {
    public static final String DISCOVERY = "discovery-service";
    public static final String COMPATIBILITY = "compatibility-service";
    public static final String EXECUTOR = "executor-service";
    public static final String VALIDATION = "validation-service";
    public static final String ROLLBACK = "rollback-service";

    private Producers() {
    }
}
