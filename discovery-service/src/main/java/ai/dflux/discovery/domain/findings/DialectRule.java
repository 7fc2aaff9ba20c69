package ai.dflux.discovery.domain.findings;

import ai.dflux.contracts.catalog.Catalog;
import ai.dflux.contracts.findings.Finding;
import java.util.List;
import java.util.Set;

/** A rule that applies to some dialects only and finds nothing in a catalog of any other. */
abstract class DialectRule implements FindingRule {

    private final Set<String> dialects;

    DialectRule(Set<String> dialects) {
        this.dialects = dialects;
    }

    /** The findings in a catalog of one of this rule's dialects. */
    abstract List<Finding> findIn(Catalog catalog);

    @Override
    public final List<Finding> check(Catalog catalog) {
        return dialects.contains(catalog.dialect()) ? findIn(catalog) : List.of();
    }
}
