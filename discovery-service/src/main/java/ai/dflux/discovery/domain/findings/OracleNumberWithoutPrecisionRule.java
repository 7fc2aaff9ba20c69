package ai.dflux.discovery.domain.findings;

import ai.dflux.contracts.catalog.ColumnInfo;
import ai.dflux.contracts.catalog.TableInfo;
import ai.dflux.contracts.findings.Severity;

/** Oracle NUMBER without precision becomes an unconstrained numeric. */
class OracleNumberWithoutPrecisionRule extends ColumnRule {

    OracleNumberWithoutPrecisionRule() {
        super(Dialects.ORACLE);
    }

    @Override
    public String id() {
        return "ORACLE_NUMBER_WITHOUT_PRECISION";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    boolean matches(TableInfo table, ColumnInfo column) {
        return type(column).equals("number");
    }

    @Override
    String message(TableInfo table, ColumnInfo column) {
        return "NUMBER without precision: any value up to 38 digits";
    }

    @Override
    String remedy(TableInfo table, ColumnInfo column) {
        return "mapped to numeric, which keeps every value but is slower than an integer type; add an override (bigint) where the data holds only integers";
    }
}
