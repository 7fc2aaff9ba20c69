package ai.dflux.discovery.domain.findings;

import ai.dflux.contracts.catalog.ColumnInfo;
import ai.dflux.contracts.catalog.TableInfo;
import ai.dflux.contracts.findings.Severity;

/** A column named like a PostgreSQL reserved word must be quoted. */
class ReservedWordColumnRule extends ColumnRule {

    ReservedWordColumnRule() {
        super(Dialects.ALL);
    }

    @Override
    public String id() {
        return "RESERVED_WORD_COLUMN";
    }

    @Override
    public Severity severity() {
        return Severity.INFO;
    }

    @Override
    boolean matches(TableInfo table, ColumnInfo column) {
        return ReservedWords.isReserved(column.name());
    }

    @Override
    String message(TableInfo table, ColumnInfo column) {
        return "the name " + column.name() + " is a reserved word in PostgreSQL";
    }

    @Override
    String remedy(TableInfo table, ColumnInfo column) {
        return "the generated DDL quotes it; application SQL must quote it too (\"" + column.name().toLowerCase(java.util.Locale.ROOT) + "\")";
    }
}
