package ai.dflux.discovery.domain.findings;

import ai.dflux.contracts.catalog.ColumnInfo;
import ai.dflux.contracts.catalog.TableInfo;
import ai.dflux.contracts.findings.Severity;

/** FLOAT(m,d) and DOUBLE(m,d) round to a scale that PostgreSQL floats do not keep. */
class MySqlFloatScaleRule extends ColumnRule {

    MySqlFloatScaleRule() {
        super(Dialects.MYSQL_FAMILY);
    }

    @Override
    public String id() {
        return "MYSQL_FLOAT_SCALE";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    boolean matches(TableInfo table, ColumnInfo column) {
        return type(column).matches("^(float|double|real)\\(\\d+,\\d+\\).*");
    }

    @Override
    String message(TableInfo table, ColumnInfo column) {
        return "floating-point column with a fixed scale " + type(column) + ": MySQL rounds values to the scale on insert";
    }

    @Override
    String remedy(TableInfo table, ColumnInfo column) {
        return "map it to numeric(m,d) to keep the rounding, or to double precision to keep the float (values then compare as floats)";
    }
}
