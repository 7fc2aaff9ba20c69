package ai.dflux.contracts.events;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The event types dflux knows today, with the newest schema version of each, and the ones still to come. */
public final class EventTypes {

    /** A payload class and the newest schema version this build reads. */
    public record Known(Class<? extends Payload> payloadClass, int version) {
    }

    private static final Map<String, Known> KNOWN = Map.ofEntries(
            known(MigrationCreated.TYPE, MigrationCreated.class, MigrationCreated.VERSION),
            known(MigrationFailed.TYPE, MigrationFailed.class, MigrationFailed.VERSION),
            known(MigrationDeleted.TYPE, MigrationDeleted.class, MigrationDeleted.VERSION),
            known(DiscoveryStarted.TYPE, DiscoveryStarted.class, DiscoveryStarted.VERSION),
            known(SchemaDiscovered.TYPE, SchemaDiscovered.class, SchemaDiscovered.VERSION),
            known(SchemaDriftDetected.TYPE, SchemaDriftDetected.class, SchemaDriftDetected.VERSION),
            known(SchemaConverted.TYPE, SchemaConverted.class, SchemaConverted.VERSION),
            known(SnapshotStarted.TYPE, SnapshotStarted.class, SnapshotStarted.VERSION),
            known(TableCopied.TYPE, TableCopied.class, TableCopied.VERSION),
            known(SnapshotCompleted.TYPE, SnapshotCompleted.class, SnapshotCompleted.VERSION),
            known(StreamingStarted.TYPE, StreamingStarted.class, StreamingStarted.VERSION),
            known(SchemaChangeApplied.TYPE, SchemaChangeApplied.class, SchemaChangeApplied.VERSION),
            known(ReplicationLagReported.TYPE, ReplicationLagReported.class, ReplicationLagReported.VERSION),
            known(MigrationPaused.TYPE, MigrationPaused.class, MigrationPaused.VERSION),
            known(MigrationResumed.TYPE, MigrationResumed.class, MigrationResumed.VERSION));

    /**
     * Types that later stages add, in the order a migration meets them. Listed so that names are fixed now; a consumer
     * of this build skips them as unknown until their records exist.
     */
    public static final List<String> PLANNED = List.of(
            "CodeConverted",
            "CheckpointPassed",
            "CheckpointFailed",
            "RollbackPathVerified",
            "RollbackRequested",
            "CutoverStarted",
            "CutoverCompleted",
            "MigrationCompleted");

    private EventTypes() {
    }

    private static Map.Entry<String, Known> known(String type, Class<? extends Payload> payloadClass, int version) {
        return Map.entry(type, new Known(payloadClass, version));
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
