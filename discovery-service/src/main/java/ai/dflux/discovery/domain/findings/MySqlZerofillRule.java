package ai.dflux.discovery.domain.findings;

import ai.dflux.contracts.catalog.ColumnInfo;
import ai.dflux.contracts.catalog.TableInfo;
import ai.dflux.contracts.findings.Severity;

/** ZEROFILL display padding is lost. */
class MySqlZerofillRule extends ColumnRule {

    MySqlZerofillRule() {
        super(Dialects.MYSQL_FAMILY);
    }

    @Override
    public String id() {
        return "MYSQL_ZEROFILL";
    }

    @Override
    public Severity severity() {
        return Severity.INFO;
    }

    @Override
    boolean matches(TableInfo table, ColumnInfo column) {
        return type(column).contains("zerofill");
    }

    @Override
    String message(TableInfo table, ColumnInfo column) {
        return "ZEROFILL pads the displayed value with zeros; PostgreSQL stores and shows the number only";
    }

    @Override
    String remedy(TableInfo table, ColumnInfo column) {
        return "format with to_char or lpad in queries or views that relied on the padding";
    }
}
