package ai.dflux.compatibility.api;

import ai.dflux.compatibility.domain.ddl.ConvertedObject;
import ai.dflux.compatibility.domain.StoredOverride;
import ai.dflux.compatibility.domain.ddl.Renamed;
import ai.dflux.service.api.AgentView;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/v1/migrations/{id}/conversion}: what this agent knows of the migration and, once converted, the
 * revision's counts per status and object kind, each object with its source, target DDL and messages, and the
 * identifiers that were renamed.
 *
 * @param conversion the revision shown, or null before the first conversion
 */
public record ConversionView(@JsonUnwrapped AgentView agent, RevisionView conversion) {

    /**
     * @param byStatus objects per status ({@code AUTO}, {@code AUTO_WITH_WARNINGS}, {@code MANUAL})
     * @param byKind per object kind, objects per status
     * @param ddl where each DDL part is served as text
     */
    public record RevisionView(int revision, String provenOn, String sourceFingerprint, String ddlFingerprint,
            Map<String, Integer> byStatus, Map<String, Map<String, Integer>> byKind, Map<String, String> ddl,
            DeltaView delta, List<StoredOverride> overrides, List<ConvertedObject> objects, List<Renamed> renamed) {
    }

    /** How this revision differs from the one before. */
    public record DeltaView(int fromRevision, boolean additiveOnly, List<String> nonAdditive) {
    }
}
