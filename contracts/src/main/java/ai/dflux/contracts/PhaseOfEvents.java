package ai.dflux.contracts;

import ai.dflux.contracts.events.DiscoveryStarted;
import ai.dflux.contracts.events.MigrationCreated;
import ai.dflux.contracts.events.MigrationFailed;
import ai.dflux.contracts.events.MigrationPaused;
import ai.dflux.contracts.events.MigrationResumed;
import ai.dflux.contracts.events.SchemaDiscovered;
import ai.dflux.contracts.events.SnapshotStarted;
import ai.dflux.contracts.events.StreamingStarted;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The phase a migration is in after an event, so that every service derives the same phase from the same events. */
public final class PhaseOfEvents {

    private static final Map<String, Phase> PHASE_AFTER = Map.of(
            MigrationCreated.TYPE, Phase.CREATED,
            DiscoveryStarted.TYPE, Phase.DISCOVERING,
            // Discovery is done; the migration waits for (or is in) conversion.
            SchemaDiscovered.TYPE, Phase.CONVERTING,
            SnapshotStarted.TYPE, Phase.COPYING,
            StreamingStarted.TYPE, Phase.STREAMING,
            MigrationPaused.TYPE, Phase.PAUSED,
            // only a streaming migration pauses, so it resumes streaming
            MigrationResumed.TYPE, Phase.STREAMING,
            MigrationFailed.TYPE, Phase.FAILED);

    private PhaseOfEvents() {
    }

    /** The phase after an event of this type, or empty when the event does not change the phase. */
    public static Optional<Phase> after(String eventType) {
        return Optional.ofNullable(PHASE_AFTER.get(eventType));
    }

    /** The phase after a whole history of event types, in order. */
    public static Phase of(List<String> eventTypes) {
        Phase phase = Phase.CREATED;
        for (String type : eventTypes) {
            phase = after(type).orElse(phase);
        }
        return phase;
    }
}
