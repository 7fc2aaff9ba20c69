package ai.dflux.discovery.domain.findings;

import ai.dflux.contracts.catalog.IndexInfo;
import ai.dflux.contracts.catalog.TableInfo;
import ai.dflux.contracts.findings.Severity;

/** FULLTEXT indexes have no direct PostgreSQL counterpart. */
class MySqlFulltextIndexRule extends IndexRule {

    MySqlFulltextIndexRule() {
        super(Dialects.MYSQL_FAMILY);
    }

    @Override
    public String id() {
        return "MYSQL_FULLTEXT_INDEX";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    boolean matches(TableInfo table, IndexInfo index) {
        return "FULLTEXT".equalsIgnoreCase(index.method());
    }

    @Override
    String message(TableInfo table, IndexInfo index) {
        return "FULLTEXT index on " + index.columns() + "; MATCH ... AGAINST queries use it";
    }

    @Override
    String remedy() {
        return "dflux creates a GIN index over to_tsvector(...) of the columns; queries using MATCH ... AGAINST must be rewritten with @@ to_tsquery";
    }
}
