package ai.dflux.discovery.domain.findings;

import ai.dflux.contracts.catalog.ColumnInfo;
import ai.dflux.contracts.catalog.TableInfo;
import ai.dflux.contracts.findings.Severity;

/** BIT(n) values are bit strings. */
class MySqlBitRule extends ColumnRule {

    MySqlBitRule() {
        super(Dialects.MYSQL_FAMILY);
    }

    @Override
    public String id() {
        return "MYSQL_BIT";
    }

    @Override
    public Severity severity() {
        return Severity.INFO;
    }

    @Override
    boolean matches(TableInfo table, ColumnInfo column) {
        return type(column).startsWith("bit");
    }

    @Override
    String message(TableInfo table, ColumnInfo column) {
        return "BIT column";
    }

    @Override
    String remedy(TableInfo table, ColumnInfo column) {
        return "mapped to bit(n) (bit(1) may be overridden to boolean)";
    }
}
