package ai.dflux.contracts.events;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The event types dflux knows today, with the newest schema version of each, and the ones still to come. */
public final class EventTypes {

    /** A payload class and the newest schema version this build reads. */
    public record Known(Class<? extends Payload> payloadClass, int version) {
    }

    private static final Map<String, Known> KNOWN = Map.of(
            MigrationCreated.TYPE, new Known(MigrationCreated.class, MigrationCreated.VERSION),
            MigrationFailed.TYPE, new Known(MigrationFailed.class, MigrationFailed.VERSION),
            MigrationDeleted.TYPE, new Known(MigrationDeleted.class, MigrationDeleted.VERSION),
            DiscoveryStarted.TYPE, new Known(DiscoveryStarted.class, DiscoveryStarted.VERSION),
            SchemaDiscovered.TYPE, new Known(SchemaDiscovered.class, SchemaDiscovered.VERSION),
            SchemaDriftDetected.TYPE, new Known(SchemaDriftDetected.class, SchemaDriftDetected.VERSION),
            SchemaConverted.TYPE, new Known(SchemaConverted.class, SchemaConverted.VERSION));

    /**
     * Types that later stages add, in the order a migration meets them. Listed so that names are fixed now; a consumer
     * of this build skips them as unknown until their records exist.
     */
    public static final List<String> PLANNED = List.of(
            "CodeConverted",
            "SnapshotStarted",
            "TableCopied",
            "SnapshotCompleted",
            "StreamingStarted",
            "ReplicationLagReported",
            "CheckpointPassed",
            "CheckpointFailed",
            "RollbackPathVerified",
            "RollbackRequested",
            "MigrationPaused",
            "MigrationResumed",
            "CutoverStarted",
            "CutoverCompleted",
            "MigrationCompleted");

    private EventTypes() {
    }

    public static Optional<Known> find(String type) {
        return Optional.ofNullable(KNOWN.get(type));
    }

    /** The type name of a payload; every payload class is registered here, so a missing one is a programming error. */
    public static String typeOf(Payload payload) {
        return entryOf(payload).getKey();
    }

    /** The schema version a payload of this build is written in. */
    public static int versionOf(Payload payload) {
        return entryOf(payload).getValue().version();
    }

    private static Map.Entry<String, Known> entryOf(Payload payload) {
        return KNOWN.entrySet().stream().filter(e -> e.getValue().payloadClass() == payload.getClass()).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(payload.getClass().getName()
                        + " is not registered in EventTypes"));
    }

    public static Map<String, Known> all() {
        return KNOWN;
    }
}
