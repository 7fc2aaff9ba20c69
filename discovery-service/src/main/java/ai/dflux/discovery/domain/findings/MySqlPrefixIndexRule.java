package ai.dflux.discovery.domain.findings;

import ai.dflux.contracts.catalog.IndexInfo;
import ai.dflux.contracts.catalog.TableInfo;
import ai.dflux.contracts.findings.Severity;

/** Prefix indexes (col(10)) do not exist in PostgreSQL. */
class MySqlPrefixIndexRule extends IndexRule {

    MySqlPrefixIndexRule() {
        super(Dialects.MYSQL_FAMILY);
    }

    @Override
    public String id() {
        return "MYSQL_PREFIX_INDEX";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    boolean matches(TableInfo table, IndexInfo index) {
        return index.columns().stream().anyMatch(c -> c.matches(".*\\(\\d+\\)$"));
    }

    @Override
    String message(TableInfo table, IndexInfo index) {
        return "index on a prefix of a column: " + index.columns() + (index.unique() ? " (a UNIQUE prefix index makes the prefix unique, not the value)" : "");
    }

    @Override
    String remedy() {
        return "dflux indexes the whole column (or left(col, n) for a UNIQUE prefix index, to keep its meaning); long values may need a hash index";
    }
}
