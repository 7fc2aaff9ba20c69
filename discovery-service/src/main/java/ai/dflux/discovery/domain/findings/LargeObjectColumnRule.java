package ai.dflux.discovery.domain.findings;

import ai.dflux.contracts.catalog.ColumnInfo;
import ai.dflux.contracts.catalog.TableInfo;
import ai.dflux.contracts.findings.Severity;

/** A large-object column makes rows slow to copy and compare. */
class LargeObjectColumnRule extends ColumnRule {

    LargeObjectColumnRule() {
        super(Dialects.ALL);
    }

    @Override
    public String id() {
        return "LARGE_OBJECT_COLUMN";
    }

    @Override
    public Severity severity() {
        return Severity.INFO;
    }

    @Override
    boolean matches(TableInfo table, ColumnInfo column) {
        return column.largeObject();
    }

    @Override
    String message(TableInfo table, ColumnInfo column) {
        return "large-object column (" + type(column) + ")";
    }

    @Override
    String remedy(TableInfo table, ColumnInfo column) {
        return "copied in streaming mode; checksums compare it by hash; CDC of PostgreSQL sources needs REPLICA IDENTITY FULL to see unchanged values";
    }
}
