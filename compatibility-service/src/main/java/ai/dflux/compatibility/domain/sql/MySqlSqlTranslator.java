package ai.dflux.compatibility.domain.sql;

import ai.dflux.contracts.Dialect;

/** MySQL's and MariaDB's SQL (as information_schema reports views and defaults) in PostgreSQL's. */
public final class MySqlSqlTranslator extends ParsedSqlTranslator {

    /** @param dialect {@link Dialect#MYSQL} or {@link Dialect#MARIADB} */
    public MySqlSqlTranslator(Dialect dialect) {
        super(requireMySqlFamily(dialect), SourceSyntax.MYSQL);
    }

    private static Dialect requireMySqlFamily(Dialect dialect) {
        if (dialect != Dialect.MYSQL && dialect != Dialect.MARIADB) {
            throw new IllegalArgumentException("not a MySQL dialect: " + dialect);
        }
        return dialect;
    }
}
