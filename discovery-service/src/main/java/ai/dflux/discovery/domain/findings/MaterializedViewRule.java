package ai.dflux.discovery.domain.findings;

import ai.dflux.contracts.catalog.Catalog;
import ai.dflux.contracts.findings.Finding;
import ai.dflux.contracts.findings.Severity;
import java.util.List;

/** Materialized views keep a copy of their query's result that must be refreshed. */
class MaterializedViewRule implements FindingRule {

    @Override
    public String id() {
        return "MATERIALIZED_VIEW";
    }

    @Override
    public Severity severity() {
        return Severity.INFO;
    }

    @Override
    public List<Finding> check(Catalog catalog) {
        return catalog.views().stream().filter(v -> v.materialized())
                .map(v -> finding("materialized view", v.schema() + "." + v.name(), "a materialized view: its rows"
                        + " are not copied, they are computed again on the target",
                        "dflux creates it WITH NO DATA and refreshes it after the copy; schedule REFRESH MATERIALIZED"
                                + " VIEW as the source did"))
                .toList();
    }
}
