package ai.dflux.discovery.domain.findings;

import ai.dflux.contracts.findings.Severity;

/** Hierarchical queries with CONNECT BY. */
class OracleConnectByRule extends CodeRule {

    OracleConnectByRule() {
        super(Dialects.ORACLE, "CONNECT", "BY");
    }

    @Override
    public String id() {
        return "ORACLE_CONNECT_BY";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    String message(String kind, String object) {
        return "the " + kind + " uses a hierarchical query (CONNECT BY), which PostgreSQL writes as a recursive CTE";
    }

    @Override
    String remedy() {
        return "the converter rewrites simple cases to WITH RECURSIVE; LEVEL, SYS_CONNECT_BY_PATH and NOCYCLE need review";
    }
}
