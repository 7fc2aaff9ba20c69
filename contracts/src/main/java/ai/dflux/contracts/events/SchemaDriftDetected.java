package ai.dflux.contracts.events;

import ai.dflux.contracts.catalog.SchemaChange;
import java.util.List;

/**
 * The source schema changed while the migration runs. The event carries the first changes; a larger diff is served
 * whole at {@code driftRef}.
 *
 * @param truncated whether {@code changes} holds only the first of more changes
 */
public record SchemaDriftDetected(String previousFingerprint, String fingerprint, int added, int removed, int changed,
        List<SchemaChange> changes, boolean truncated, String driftRef) implements Payload {
    public static final String TYPE = "SchemaDriftDetected";
    public static final int VERSION = 1;

    /** At most this many changes travel in the event itself. */
    public static final int MAX_INLINE_CHANGES = 100;

    public SchemaDriftDetected {
        changes = changes == null ? List.of() : List.copyOf(changes);
    }
}
