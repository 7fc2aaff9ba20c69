package ai.dflux.discovery.domain.findings;

import ai.dflux.contracts.catalog.ColumnInfo;
import ai.dflux.contracts.catalog.TableInfo;
import ai.dflux.contracts.findings.Severity;

/** Oracle treats an empty string as NULL. */
class OracleEmptyStringIsNullRule extends ColumnRule {

    OracleEmptyStringIsNullRule() {
        super(Dialects.ORACLE);
    }

    @Override
    public String id() {
        return "ORACLE_EMPTY_STRING_NULL";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    boolean matches(TableInfo table, ColumnInfo column) {
        return type(column).matches("^n?varchar2?.*|^n?char.*") && !column.nullable();
    }

    @Override
    String message(TableInfo table, ColumnInfo column) {
        return "NOT NULL character column: Oracle stores '' as NULL and so never held an empty string here, but PostgreSQL accepts one";
    }

    @Override
    String remedy(TableInfo table, ColumnInfo column) {
        return "add CHECK (col <> '') on the target to keep Oracle's behaviour, and review code that tests for NULL to find empty values";
    }
}
