package ai.dflux.contracts.agents;

import ai.dflux.contracts.catalog.Catalog;

/** A migration's catalog as discovery stored it, with the fingerprint discovery computed of it. */
public record StoredCatalog(String fingerprint, Catalog catalog) {
}
