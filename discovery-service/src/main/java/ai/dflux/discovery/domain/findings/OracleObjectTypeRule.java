package ai.dflux.discovery.domain.findings;

import ai.dflux.contracts.catalog.Catalog;
import ai.dflux.contracts.findings.Finding;
import ai.dflux.contracts.findings.Severity;
import java.util.List;

/** Object and collection types have no complete PostgreSQL counterpart. */
class OracleObjectTypeRule implements FindingRule {

    @Override
    public String id() {
        return "ORACLE_OBJECT_TYPE";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public List<Finding> check(Catalog catalog) {
        return catalog.types().stream().filter(t -> "OBJECT".equals(t.kind()) || "COLLECTION".equals(t.kind()))
                .map(t -> finding("type", t.schema() + "." + t.name(), "Oracle " + t.kind().toLowerCase()
                        + " type", "OBJECT types become composite types (without methods) and collections become"
                        + " arrays; code that calls type methods or uses MULTISET is marked MANUAL"))
                .toList();
    }
}
