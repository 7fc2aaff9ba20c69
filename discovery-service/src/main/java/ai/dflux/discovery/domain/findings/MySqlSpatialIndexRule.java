package ai.dflux.discovery.domain.findings;

import ai.dflux.contracts.catalog.IndexInfo;
import ai.dflux.contracts.catalog.TableInfo;
import ai.dflux.contracts.findings.Severity;

/** SPATIAL indexes need PostGIS. */
class MySqlSpatialIndexRule extends IndexRule {

    MySqlSpatialIndexRule() {
        super(Dialects.MYSQL_FAMILY);
    }

    @Override
    public String id() {
        return "MYSQL_SPATIAL_INDEX";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    boolean matches(TableInfo table, IndexInfo index) {
        return "SPATIAL".equalsIgnoreCase(index.method());
    }

    @Override
    String message(TableInfo table, IndexInfo index) {
        return "SPATIAL index on " + index.columns();
    }

    @Override
    String remedy() {
        return "install PostGIS on the target; the index becomes a GiST index on the geometry column";
    }
}
