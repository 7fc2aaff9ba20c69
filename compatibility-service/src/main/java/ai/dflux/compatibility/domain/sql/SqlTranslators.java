package ai.dflux.compatibility.domain.sql;

import ai.dflux.contracts.Dialect;

/** The translator of each source dialect. */
public final class SqlTranslators {

    private SqlTranslators() {
    }

    public static SqlTranslator forDialect(Dialect dialect) {
        return switch (dialect) {
            case MYSQL, MARIADB -> new MySqlSqlTranslator(dialect);
            case ORACLE -> new OracleSqlTranslator();
            case POSTGRESQL -> new PostgresSqlTranslator();
        };
    }
}
