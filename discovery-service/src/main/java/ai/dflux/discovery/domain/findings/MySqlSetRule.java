package ai.dflux.discovery.domain.findings;

import ai.dflux.contracts.catalog.ColumnInfo;
import ai.dflux.contracts.catalog.TableInfo;
import ai.dflux.contracts.findings.Severity;

/** SET columns have no PostgreSQL equivalent. */
class MySqlSetRule extends ColumnRule {

    MySqlSetRule() {
        super(Dialects.MYSQL_FAMILY);
    }

    @Override
    public String id() {
        return "MYSQL_SET";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    boolean matches(TableInfo table, ColumnInfo column) {
        return type(column).startsWith("set(");
    }

    @Override
    String message(TableInfo table, ColumnInfo column) {
        return "SET column: a value is a comma-separated subset of the allowed members, which PostgreSQL has no type for";
    }

    @Override
    String remedy(TableInfo table, ColumnInfo column) {
        return "map it to text[] with a CHECK that every element is allowed (default), or to text by override; queries using FIND_IN_SET must change";
    }
}
