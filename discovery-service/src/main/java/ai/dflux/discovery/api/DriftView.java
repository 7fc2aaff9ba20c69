package ai.dflux.discovery.api;

import ai.dflux.discovery.persistence.SchemaDriftEntity;
import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Instant;

/** One schema change of the source found while the migration ran, with every change it consisted of. */
public record DriftView(long id, Instant detectedAt, String previousFingerprint, String fingerprint,
        @JsonRawValue String changes) {

    static DriftView of(SchemaDriftEntity drift) {
        return new DriftView(drift.id, drift.detectedAt, drift.previousFingerprint, drift.fingerprint, drift.changes);
    }
}
