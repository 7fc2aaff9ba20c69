package ai.dflux.discovery.domain.findings;

import ai.dflux.contracts.catalog.Catalog;
import ai.dflux.contracts.findings.Finding;
import ai.dflux.contracts.findings.Severity;
import java.util.List;

/** Partitioned tables are recreated with PostgreSQL's declarative partitioning. */
class PartitionedTableRule implements FindingRule {

    @Override
    public String id() {
        return "PARTITIONED_TABLE";
    }

    @Override
    public Severity severity() {
        return Severity.INFO;
    }

    @Override
    public List<Finding> check(Catalog catalog) {
        return catalog.tables().stream().filter(t -> t.partitioning() != null)
                .map(t -> finding("table", t.qualifiedName(), t.partitioning().method() + " partitioning by "
                        + t.partitioning().key() + " into " + t.partitioning().partitions().size() + " partitions",
                        "recreated as a declaratively partitioned table; MySQL KEY and Oracle interval or reference"
                                + " partitioning become HASH or explicit RANGE partitions and are marked for review"))
                .toList();
    }
}
