package ai.dflux.discovery.domain.findings;

import ai.dflux.contracts.catalog.ColumnInfo;
import ai.dflux.contracts.catalog.TableInfo;
import ai.dflux.contracts.findings.Severity;

/** Spatial columns need PostGIS on the target. */
class MySqlSpatialColumnRule extends ColumnRule {

    MySqlSpatialColumnRule() {
        super(Dialects.MYSQL_FAMILY);
    }

    @Override
    public String id() {
        return "MYSQL_SPATIAL_COLUMN";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    boolean matches(TableInfo table, ColumnInfo column) {
        return type(column).matches("^(geometry|point|linestring|polygon|multipoint|multilinestring|multipolygon|geometrycollection).*");
    }

    @Override
    String message(TableInfo table, ColumnInfo column) {
        return "spatial column of type " + type(column);
    }

    @Override
    String remedy(TableInfo table, ColumnInfo column) {
        return "install PostGIS on the target (CREATE EXTENSION postgis) so that the column maps to geometry; without it the column can only be copied as bytea";
    }
}
