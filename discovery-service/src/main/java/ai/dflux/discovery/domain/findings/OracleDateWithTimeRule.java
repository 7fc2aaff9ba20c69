package ai.dflux.discovery.domain.findings;

import ai.dflux.contracts.catalog.ColumnInfo;
import ai.dflux.contracts.catalog.TableInfo;
import ai.dflux.contracts.findings.Severity;

/** Oracle DATE carries a time of day. */
class OracleDateWithTimeRule extends ColumnRule {

    OracleDateWithTimeRule() {
        super(Dialects.ORACLE);
    }

    @Override
    public String id() {
        return "ORACLE_DATE_WITH_TIME";
    }

    @Override
    public Severity severity() {
        return Severity.INFO;
    }

    @Override
    boolean matches(TableInfo table, ColumnInfo column) {
        return type(column).equals("date");
    }

    @Override
    String message(TableInfo table, ColumnInfo column) {
        return "Oracle DATE holds a date and a time to the second";
    }

    @Override
    String remedy(TableInfo table, ColumnInfo column) {
        return "mapped to timestamp(0) so the time is kept; code comparing it with a PostgreSQL date must change";
    }
}
