package ai.dflux.discovery.domain.findings;

import ai.dflux.contracts.catalog.Catalog;
import ai.dflux.contracts.catalog.TableInfo;
import ai.dflux.contracts.findings.Finding;
import ai.dflux.contracts.findings.Severity;
import java.util.List;
import java.util.Set;

/**
 * Change data capture identifies a changed row by its key; a table without one cannot be streamed safely, unless a
 * PostgreSQL source logs the whole row or a unique index instead (REPLICA IDENTITY FULL or USING INDEX).
 */
class TableWithoutPrimaryKeyRule implements FindingRule {

    private static final Set<String> IDENTITY_WITHOUT_KEY = Set.of("FULL", "INDEX");

    @Override
    public String id() {
        return "TABLE_WITHOUT_PRIMARY_KEY";
    }

    @Override
    public Severity severity() {
        return Severity.BLOCKER;
    }

    @Override
    public List<Finding> check(Catalog catalog) {
        String remedy = "postgresql".equals(catalog.dialect())
                ? "add a primary key, or set ALTER TABLE ... REPLICA IDENTITY FULL (slower: every update logs the whole"
                        + " row), or REPLICA IDENTITY USING INDEX on a unique index of NOT NULL columns"
                : "add a primary key (or a unique key on NOT NULL columns) on the source before the migration starts";
        return catalog.tables().stream().filter(t -> t.primaryKey().isEmpty() && !identifiedOtherwise(t))
                .map(t -> finding("table", t.qualifiedName(), "the table has no primary key, so updates and deletes"
                        + " streamed by change data capture cannot be matched to a target row", remedy))
                .toList();
    }

    private static boolean identifiedOtherwise(TableInfo table) {
        return table.replicaIdentity() != null && IDENTITY_WITHOUT_KEY.contains(table.replicaIdentity());
    }
}
