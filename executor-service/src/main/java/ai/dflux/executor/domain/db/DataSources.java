package ai.dflux.executor.domain.db;

import ai.dflux.contracts.Dialect;
import ai.dflux.contracts.agents.DatabaseCredentials;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.mariadb.jdbc.MariaDbDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * JDBC data sources for a migration's databases (never DriverManager, whose drivers vanish across Quarkus restarts in
 * tests). Connecting is bounded so an unreachable server fails fast; reads are not, since one chunk of a large table may
 * take long.
 */
public final class DataSources {

    private static final int CONNECT_TIMEOUT_SECONDS = 10;
    private static final String APPLICATION = "dflux-executor";

    private DataSources() {
    }

    public static Dialect dialectOf(DatabaseCredentials credentials) {
        return Dialect.parse(credentials.dialect()).orElseThrow(() -> new IllegalArgumentException(
                "unknown dialect '" + credentials.dialect() + "' in " + credentials));
    }

    /** The target PostgreSQL. */
    public static PGSimpleDataSource postgres(DatabaseCredentials credentials) {
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setServerNames(new String[] {credentials.host()});
        source.setPortNumbers(new int[] {credentials.port()});
        source.setDatabaseName(credentials.database());
        source.setUser(credentials.username());
        source.setPassword(credentials.password());
        source.setConnectTimeout(CONNECT_TIMEOUT_SECONDS);
        source.setApplicationName(APPLICATION);
        source.setReWriteBatchedInserts(true);
        return source;
    }

    /** A live source of any dialect dflux reads. */
    public static DataSource source(DatabaseCredentials credentials) {
        Dialect dialect = dialectOf(credentials);
        return switch (dialect) {
            case POSTGRESQL -> postgres(credentials);
            case MYSQL, MARIADB -> mariaDb(credentials, dialect);
            case ORACLE -> throw new IllegalArgumentException("an Oracle source is a schema script; it has no rows to copy");
        };
    }

    private static DataSource mariaDb(DatabaseCredentials credentials, Dialect dialect) {
        try {
            MariaDbDataSource source = new MariaDbDataSource();
            String scheme = dialect == Dialect.MYSQL ? "jdbc:mysql" : "jdbc:mariadb";
            source.setUrl(scheme + "://" + credentials.host() + ":" + credentials.port() + "/" + credentials.database()
                    + "?connectTimeout=" + CONNECT_TIMEOUT_SECONDS * 1000 + "&useBulkStmts=false"
                    + (dialect == Dialect.MYSQL ? "&permitMysqlScheme" : ""));
            source.setUser(credentials.username());
            source.setPassword(credentials.password());
            return source;
        } catch (SQLException e) {
            throw new IllegalArgumentException("bad MariaDB connection settings for " + credentials + ": "
                    + e.getMessage(), e);
        }
    }
}
