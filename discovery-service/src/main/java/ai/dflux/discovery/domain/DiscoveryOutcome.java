package ai.dflux.discovery.domain;

import ai.dflux.contracts.catalog.Catalog;

/** What reading a source gave: its catalog, or why it could not be read. */
public sealed interface DiscoveryOutcome {

    record Discovered(Catalog catalog, String fingerprint) implements DiscoveryOutcome {
    }

    record Failed(SourceFailure failure) implements DiscoveryOutcome {
    }
}
