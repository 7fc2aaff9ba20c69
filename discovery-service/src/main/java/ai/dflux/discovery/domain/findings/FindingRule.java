package ai.dflux.discovery.domain.findings;

import ai.dflux.contracts.catalog.Catalog;
import ai.dflux.contracts.findings.Finding;
import ai.dflux.contracts.findings.Severity;
import java.util.List;

/** One hazard a migration can meet, found in a catalog. Each rule is a small class with a stable id. */
public interface FindingRule {

    /** Stable, upper-case id that reports and scripts refer to. */
    String id();

    Severity severity();

    List<Finding> check(Catalog catalog);

    default Finding finding(String objectKind, String object, String message, String remedy) {
        return new Finding(id(), severity(), objectKind, object, message, remedy);
    }
}
