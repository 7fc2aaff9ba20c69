package ai.dflux.discovery.domain.findings;

import ai.dflux.contracts.catalog.ColumnInfo;
import ai.dflux.contracts.catalog.TableInfo;
import ai.dflux.contracts.findings.Severity;

/** ON UPDATE CURRENT_TIMESTAMP needs a trigger in PostgreSQL. */
class MySqlOnUpdateTimestampRule extends ColumnRule {

    MySqlOnUpdateTimestampRule() {
        super(Dialects.MYSQL_FAMILY);
    }

    @Override
    public String id() {
        return "MYSQL_ON_UPDATE_TIMESTAMP";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    boolean matches(TableInfo table, ColumnInfo column) {
        return column.defaultValue() != null && column.defaultValue().toLowerCase(java.util.Locale.ROOT).contains("on update");
    }

    @Override
    String message(TableInfo table, ColumnInfo column) {
        return "the column is set to the current time on every update (ON UPDATE CURRENT_TIMESTAMP); PostgreSQL columns have no such clause";
    }

    @Override
    String remedy(TableInfo table, ColumnInfo column) {
        return "dflux adds a BEFORE UPDATE trigger that sets the column; during CDC the source value is applied as it is";
    }
}
