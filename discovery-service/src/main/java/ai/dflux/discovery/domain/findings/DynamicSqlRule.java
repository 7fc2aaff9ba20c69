package ai.dflux.discovery.domain.findings;

import ai.dflux.contracts.findings.Severity;

/** Dynamic SQL is only known when it runs. */
class DynamicSqlRule extends CodeRule {

    DynamicSqlRule() {
        super(Dialects.ALL, "(EXECUTE\\s+IMMEDIATE|PREPARE)");
    }

    @Override
    public String id() {
        return "DYNAMIC_SQL";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    String message(String kind, String object) {
        return "the " + kind + " builds SQL at run time, which no converter can check beforehand";
    }

    @Override
    String remedy() {
        return "the converter translates the surrounding code; the SQL strings it builds must be reviewed and tested by hand";
    }
}
