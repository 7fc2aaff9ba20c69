package ai.dflux.discovery.domain.findings;

import ai.dflux.contracts.catalog.ColumnInfo;
import ai.dflux.contracts.catalog.TableInfo;
import ai.dflux.contracts.findings.Severity;

/** ENUM columns become a PostgreSQL enum type or a checked text column. */
class MySqlEnumRule extends ColumnRule {

    MySqlEnumRule() {
        super(Dialects.MYSQL_FAMILY);
    }

    @Override
    public String id() {
        return "MYSQL_ENUM";
    }

    @Override
    public Severity severity() {
        return Severity.INFO;
    }

    @Override
    boolean matches(TableInfo table, ColumnInfo column) {
        return type(column).startsWith("enum(");
    }

    @Override
    String message(TableInfo table, ColumnInfo column) {
        return "ENUM column: PostgreSQL has no inline enums; its values and their order must carry over";
    }

    @Override
    String remedy(TableInfo table, ColumnInfo column) {
        return "dflux creates a named enum type with the same labels in the same order (or text with a CHECK, by override)";
    }
}
