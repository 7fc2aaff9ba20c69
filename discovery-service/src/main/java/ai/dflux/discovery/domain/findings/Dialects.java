package ai.dflux.discovery.domain.findings;

import java.util.Set;

/** The dialect names of {@link ai.dflux.contracts.catalog.Catalog#dialect()} that rules apply to. */
final class Dialects {

    static final Set<String> MYSQL_FAMILY = Set.of("mysql", "mariadb");
    static final Set<String> ORACLE = Set.of("oracle");
    static final Set<String> POSTGRESQL = Set.of("postgresql");
    static final Set<String> ALL = Set.of("mysql", "mariadb", "oracle", "postgresql");

    private Dialects() {
    }
}
