package ai.dflux.discovery.domain.findings;

import ai.dflux.contracts.catalog.ColumnInfo;
import ai.dflux.contracts.catalog.TableInfo;
import ai.dflux.contracts.findings.Severity;

/** tinyint(1) is MySQL's boolean, but may hold any small number. */
class MySqlTinyintBooleanRule extends ColumnRule {

    MySqlTinyintBooleanRule() {
        super(Dialects.MYSQL_FAMILY);
    }

    @Override
    public String id() {
        return "MYSQL_TINYINT1";
    }

    @Override
    public Severity severity() {
        return Severity.INFO;
    }

    @Override
    boolean matches(TableInfo table, ColumnInfo column) {
        return type(column).startsWith("tinyint(1)");
    }

    @Override
    String message(TableInfo table, ColumnInfo column) {
        return "tinyint(1) is usually a boolean but may hold -128..127";
    }

    @Override
    String remedy(TableInfo table, ColumnInfo column) {
        return "mapped to smallint to keep every value; override to boolean once the data holds only 0 and 1";
    }
}
