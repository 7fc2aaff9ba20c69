package ai.dflux.discovery.domain.findings;

import ai.dflux.contracts.catalog.Catalog;
import ai.dflux.contracts.findings.Finding;
import ai.dflux.contracts.findings.Severity;
import java.util.List;
import java.util.Set;

/** Extensions must exist on the target server before the schema can be created. */
class PostgresExtensionRule implements FindingRule {

    @Override
    public String id() {
        return "POSTGRES_EXTENSION";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public List<Finding> check(Catalog catalog) {
        if (!"postgresql".equals(catalog.dialect())) {
            return List.of();
        }
        return catalog.extensions().stream().filter(e -> !BUNDLED.contains(e))
                .map(e -> finding("extension", e, "the source uses the extension " + e + ", which is not part of"
                        + " PostgreSQL's contrib modules", "install " + e + " on the target server (its package and"
                        + " CREATE EXTENSION) before the schema is created"))
                .toList();
    }

    /** Extensions shipped with PostgreSQL itself (contrib), present wherever the server is. */
    private static final Set<String> BUNDLED = Set.of("adminpack", "amcheck", "btree_gin", "btree_gist", "citext",
            "cube", "dblink", "dict_int", "earthdistance", "fuzzystrmatch", "hstore", "intarray", "isn", "lo", "ltree",
            "pg_buffercache", "pg_prewarm", "pg_stat_statements", "pg_trgm", "pgcrypto", "pgrowlocks", "pgstattuple",
            "postgres_fdw", "seg", "tablefunc", "tcn", "tsm_system_rows", "tsm_system_time", "unaccent", "uuid-ossp",
            "xml2", "plpgsql");

}
