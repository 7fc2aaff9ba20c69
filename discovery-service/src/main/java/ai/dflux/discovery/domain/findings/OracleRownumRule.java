package ai.dflux.discovery.domain.findings;

import ai.dflux.contracts.findings.Severity;

/** ROWNUM has no PostgreSQL counterpart. */
class OracleRownumRule extends CodeRule {

    OracleRownumRule() {
        super(Dialects.ORACLE, "ROWNUM");
    }

    @Override
    public String id() {
        return "ORACLE_ROWNUM";
    }

    @Override
    public Severity severity() {
        return Severity.INFO;
    }

    @Override
    String message(String kind, String object) {
        return "the " + kind + " uses ROWNUM";
    }

    @Override
    String remedy() {
        return "rewritten to LIMIT or row_number() over (); ROWNUM assigned before ORDER BY needs review";
    }
}
