package ai.dflux.discovery.domain.findings;

import ai.dflux.contracts.catalog.ColumnInfo;
import ai.dflux.contracts.catalog.TableInfo;
import ai.dflux.contracts.findings.Severity;

/** Unsigned integers hold values the signed PostgreSQL type of the same size cannot. */
class MySqlUnsignedIntegerRule extends ColumnRule {

    MySqlUnsignedIntegerRule() {
        super(Dialects.MYSQL_FAMILY);
    }

    @Override
    public String id() {
        return "MYSQL_UNSIGNED_INTEGER";
    }

    @Override
    public Severity severity() {
        return Severity.INFO;
    }

    @Override
    boolean matches(TableInfo table, ColumnInfo column) {
        return type(column).contains("unsigned") && type(column).matches("^(tiny|small|medium|big)?int.*|^integer.*");
    }

    @Override
    String message(TableInfo table, ColumnInfo column) {
        return "unsigned " + type(column).split("[ (]")[0] + " holds values up to twice the signed maximum";
    }

    @Override
    String remedy(TableInfo table, ColumnInfo column) {
        return "dflux widens it to the next larger PostgreSQL integer (bigint unsigned becomes numeric(20)); add a CHECK (col >= 0) override to keep the range";
    }
}
