package ai.dflux.discovery.api;

import ai.dflux.contracts.catalog.Catalog;
import ai.dflux.contracts.events.EventCodec;
import ai.dflux.contracts.findings.Finding;
import ai.dflux.discovery.domain.CatalogStore;
import ai.dflux.discovery.domain.findings.Assessment;
import ai.dflux.discovery.persistence.CatalogEntity;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.util.List;

/** Builds the assessment from a stored catalog and its stored findings. */
final class AssessmentOfCatalog {

    private AssessmentOfCatalog() {
    }

    static Assessment assess(CatalogEntity stored) {
        Catalog catalog = CatalogStore.catalogOf(stored);
        try {
            List<Finding> findings = EventCodec.mapper().readValue(stored.findings,
                    new TypeReference<List<Finding>>() { });
            return Assessment.of(catalog, findings);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the stored findings of migration " + stored.migrationId
                    + " cannot be read: " + e.getOriginalMessage(), e);
        }
    }
}
