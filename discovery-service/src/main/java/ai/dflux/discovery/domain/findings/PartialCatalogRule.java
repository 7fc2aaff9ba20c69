package ai.dflux.discovery.domain.findings;

import ai.dflux.contracts.catalog.Catalog;
import ai.dflux.contracts.findings.Finding;
import ai.dflux.contracts.findings.Severity;
import java.util.List;

/** Some part of the source could not be read, so what is not in the catalog is not assessed either. */
class PartialCatalogRule implements FindingRule {

    @Override
    public String id() {
        return "CATALOG_PARTIAL";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public List<Finding> check(Catalog catalog) {
        if (!catalog.partial()) {
            return List.of();
        }
        List<String> problems = catalog.problems().isEmpty() ? List.of("no reason was given") : catalog.problems();
        return problems.stream().map(problem -> finding("catalog", catalog.database(), "part of the source could"
                + " not be read: " + problem, "fix what the problem names (a privilege, a statement of the script)"
                + " and rescan; until then the objects it concerns are missing from the migration")).toList();
    }
}
