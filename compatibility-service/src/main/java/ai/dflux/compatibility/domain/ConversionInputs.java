package ai.dflux.compatibility.domain;

import ai.dflux.compatibility.domain.types.TypeOverride;
import ai.dflux.contracts.agents.MigrationConnections;
import ai.dflux.contracts.catalog.Catalog;
import java.util.List;

/**
 * What one conversion works from.
 *
 * @param sourceFingerprint the fingerprint of the catalog, as discovery computed it
 * @param previous the latest stored revision's report, or null for the first conversion
 */
public record ConversionInputs(Catalog catalog, String sourceFingerprint, MigrationConnections connections,
        List<TypeOverride> overrides, StoredConversion previous) {
}
