package ai.dflux.discovery.domain.findings;

import ai.dflux.contracts.catalog.Catalog;
import ai.dflux.contracts.findings.Finding;
import ai.dflux.contracts.findings.Severity;
import java.util.List;

/** Synonyms are other names for objects; PostgreSQL has none. */
class OracleSynonymRule implements FindingRule {

    @Override
    public String id() {
        return "ORACLE_SYNONYM";
    }

    @Override
    public Severity severity() {
        return Severity.INFO;
    }

    @Override
    public List<Finding> check(Catalog catalog) {
        return catalog.synonyms().stream()
                .map(s -> finding("synonym", s.schema() + "." + s.name(), "synonym for " + s.targetSchema() + "."
                        + s.targetObject() + (s.publicSynonym() ? " (public)" : ""), "for a table or view, dflux"
                        + " creates a view of that name; for other objects, callers use the search_path or the real"
                        + " name"))
                .toList();
    }
}
