package ai.dflux.discovery.domain.drift;

import ai.dflux.contracts.catalog.SchemaChange;
import java.util.List;

/**
 * What one rescan of a migration's source found.
 *
 * @param status {@code DRIFTED}, {@code UNCHANGED}, {@code SCAN_FAILED} (the source could not be read; nothing is
 *     published), {@code NOT_DISCOVERED} (no catalog yet) or {@code BUSY} (a scan of it is running)
 */
public record DriftResult(String status, String previousFingerprint, String fingerprint, List<SchemaChange> changes,
        String detail) {

    static DriftResult of(String status, String detail) {
        return new DriftResult(status, null, null, List.of(), detail);
    }
}
