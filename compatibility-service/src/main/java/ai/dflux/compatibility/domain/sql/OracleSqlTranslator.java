package ai.dflux.compatibility.domain.sql;

import ai.dflux.contracts.Dialect;

/** Oracle's SQL (as a schema script writes views, defaults and checks) in PostgreSQL's. */
public final class OracleSqlTranslator extends ParsedSqlTranslator {

    public OracleSqlTranslator() {
        super(Dialect.ORACLE, SourceSyntax.ORACLE);
    }
}
