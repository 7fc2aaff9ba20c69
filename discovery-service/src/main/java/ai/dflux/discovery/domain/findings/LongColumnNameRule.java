package ai.dflux.discovery.domain.findings;

import ai.dflux.contracts.catalog.ColumnInfo;
import ai.dflux.contracts.catalog.TableInfo;
import ai.dflux.contracts.findings.Severity;

/** A column name longer than PostgreSQL's 63-byte limit is cut. */
class LongColumnNameRule extends ColumnRule {

    LongColumnNameRule() {
        super(Dialects.ALL);
    }

    @Override
    public String id() {
        return "NAME_TOO_LONG_COLUMN";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    boolean matches(TableInfo table, ColumnInfo column) {
        return column.name().getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 63;
    }

    @Override
    String message(TableInfo table, ColumnInfo column) {
        return "the name is " + column.name().getBytes(java.nio.charset.StandardCharsets.UTF_8).length + " bytes long; PostgreSQL keeps 63";
    }

    @Override
    String remedy(TableInfo table, ColumnInfo column) {
        return "dflux shortens it and records the new name in the migration's name map; queries must use the new name";
    }
}
