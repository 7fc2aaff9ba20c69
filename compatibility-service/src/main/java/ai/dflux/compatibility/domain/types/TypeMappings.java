package ai.dflux.compatibility.domain.types;

import ai.dflux.contracts.Dialect;

/** The type table of each source dialect. */
public final class TypeMappings {

    private static final TableTypeMapping MYSQL = new MySqlTypeMapping(Dialect.MYSQL);
    private static final TableTypeMapping MARIADB = new MySqlTypeMapping(Dialect.MARIADB);
    private static final TableTypeMapping ORACLE = new OracleTypeMapping();
    private static final TableTypeMapping POSTGRESQL = new PostgresTypeMapping();

    private TypeMappings() {
    }

    public static TypeMapping forDialect(Dialect dialect) {
        return table(dialect);
    }

    static TableTypeMapping table(Dialect dialect) {
        return switch (dialect) {
            case MYSQL -> MYSQL;
            case MARIADB -> MARIADB;
            case ORACLE -> ORACLE;
            case POSTGRESQL -> POSTGRESQL;
        };
    }
}
