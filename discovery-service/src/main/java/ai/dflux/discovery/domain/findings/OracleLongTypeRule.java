package ai.dflux.discovery.domain.findings;

import ai.dflux.contracts.catalog.ColumnInfo;
import ai.dflux.contracts.catalog.TableInfo;
import ai.dflux.contracts.findings.Severity;

/** Oracle LONG and LONG RAW are deprecated and limited. */
class OracleLongTypeRule extends ColumnRule {

    OracleLongTypeRule() {
        super(Dialects.ORACLE);
    }

    @Override
    public String id() {
        return "ORACLE_LONG";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    boolean matches(TableInfo table, ColumnInfo column) {
        return type(column).startsWith("long");
    }

    @Override
    String message(TableInfo table, ColumnInfo column) {
        return "LONG/LONG RAW column: cannot be read in bulk like other columns";
    }

    @Override
    String remedy(TableInfo table, ColumnInfo column) {
        return "mapped to text or bytea; convert it to CLOB/BLOB on the source if the copy must use fast paths";
    }
}
