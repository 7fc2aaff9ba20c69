package ai.dflux.discovery.domain;

import ai.dflux.contracts.catalog.Catalog;
import ai.dflux.contracts.findings.Finding;
import java.util.List;

/** What reading a source gave: its catalog, or why it could not be read. */
public sealed interface DiscoveryOutcome {

    record Discovered(Catalog catalog, String fingerprint, List<Finding> findings) implements DiscoveryOutcome {
    }

    record Failed(SourceFailure failure) implements DiscoveryOutcome {
    }
}
