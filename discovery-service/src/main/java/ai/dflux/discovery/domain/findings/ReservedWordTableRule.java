package ai.dflux.discovery.domain.findings;

import ai.dflux.contracts.catalog.Catalog;
import ai.dflux.contracts.findings.Finding;
import ai.dflux.contracts.findings.Severity;
import java.util.List;
import java.util.Locale;

/** A table named like a PostgreSQL reserved word ({@code order}, {@code user}) must always be quoted. */
class ReservedWordTableRule implements FindingRule {

    @Override
    public String id() {
        return "RESERVED_WORD_TABLE";
    }

    @Override
    public Severity severity() {
        return Severity.INFO;
    }

    @Override
    public List<Finding> check(Catalog catalog) {
        return catalog.tables().stream().filter(t -> ReservedWords.isReserved(t.name()))
                .map(t -> finding("table", t.qualifiedName(), "the name " + t.name() + " is a reserved word in"
                        + " PostgreSQL", "the generated DDL quotes it; application SQL must write \""
                        + t.name().toLowerCase(Locale.ROOT) + "\""))
                .toList();
    }
}
