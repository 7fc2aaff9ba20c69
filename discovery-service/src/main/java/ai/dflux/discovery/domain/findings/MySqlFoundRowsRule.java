package ai.dflux.discovery.domain.findings;

import ai.dflux.contracts.findings.Severity;

/** FOUND_ROWS() and SQL_CALC_FOUND_ROWS have no PostgreSQL counterpart. */
class MySqlFoundRowsRule extends CodeRule {

    MySqlFoundRowsRule() {
        super(Dialects.MYSQL_FAMILY, "FOUND_ROWS");
    }

    @Override
    public String id() {
        return "MYSQL_FOUND_ROWS";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    String message(String kind, String object) {
        return "the " + kind + " calls FOUND_ROWS()";
    }

    @Override
    String remedy() {
        return "rewrite with count(*) over () in the query, or GET DIAGNOSTICS ... ROW_COUNT in PL/pgSQL; marked for review";
    }
}
