package ai.dflux.discovery.domain.findings;

import ai.dflux.contracts.catalog.ColumnInfo;
import ai.dflux.contracts.catalog.TableInfo;
import ai.dflux.contracts.findings.Severity;

/** YEAR has no PostgreSQL type. */
class MySqlYearRule extends ColumnRule {

    MySqlYearRule() {
        super(Dialects.MYSQL_FAMILY);
    }

    @Override
    public String id() {
        return "MYSQL_YEAR";
    }

    @Override
    public Severity severity() {
        return Severity.INFO;
    }

    @Override
    boolean matches(TableInfo table, ColumnInfo column) {
        return type(column).startsWith("year");
    }

    @Override
    String message(TableInfo table, ColumnInfo column) {
        return "YEAR column (1901..2155 and 0000)";
    }

    @Override
    String remedy(TableInfo table, ColumnInfo column) {
        return "mapped to smallint with CHECK (col = 0 or col between 1901 and 2155); a year 0000 stays 0";
    }
}
