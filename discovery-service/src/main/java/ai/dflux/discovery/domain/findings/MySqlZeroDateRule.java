package ai.dflux.discovery.domain.findings;

import ai.dflux.contracts.catalog.ColumnInfo;
import ai.dflux.contracts.catalog.TableInfo;
import ai.dflux.contracts.findings.Severity;

/** A MySQL zero date default ('0000-00-00') has no PostgreSQL value. */
class MySqlZeroDateRule extends ColumnRule {

    MySqlZeroDateRule() {
        super(Dialects.MYSQL_FAMILY);
    }

    @Override
    public String id() {
        return "MYSQL_ZERO_DATE";
    }

    @Override
    public Severity severity() {
        return Severity.BLOCKER;
    }

    @Override
    boolean matches(TableInfo table, ColumnInfo column) {
        return column.defaultValue() != null && column.defaultValue().replace("'", "").startsWith("0000-00-00");
    }

    @Override
    String message(TableInfo table, ColumnInfo column) {
        return "the default " + column.defaultValue() + " is a zero date, which PostgreSQL rejects; rows holding zero dates cannot be copied as they are";
    }

    @Override
    String remedy(TableInfo table, ColumnInfo column) {
        return "choose the zero-date mapping of the migration (NULL or -infinity) or change the default on the source to NULL";
    }
}
