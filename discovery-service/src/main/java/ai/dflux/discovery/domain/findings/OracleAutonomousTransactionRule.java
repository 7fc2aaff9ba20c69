package ai.dflux.discovery.domain.findings;

import ai.dflux.contracts.findings.Severity;

/** Autonomous transactions commit independently of their caller. */
class OracleAutonomousTransactionRule extends CodeRule {

    OracleAutonomousTransactionRule() {
        super(Dialects.ORACLE, "PRAGMA", "AUTONOMOUS_TRANSACTION");
    }

    @Override
    public String id() {
        return "ORACLE_AUTONOMOUS_TRANSACTION";
    }

    @Override
    public Severity severity() {
        return Severity.BLOCKER;
    }

    @Override
    String message(String kind, String object) {
        return "the " + kind + " runs as an autonomous transaction; PostgreSQL functions cannot commit apart from their caller";
    }

    @Override
    String remedy() {
        return "redesign it (for logging: write through dblink or a background worker, or move it to the application); it is marked MANUAL";
    }
}
