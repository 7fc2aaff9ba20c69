package ai.dflux.executor.domain.db;

import ai.dflux.contracts.Dialect;
import ai.dflux.contracts.agents.DatabaseCredentials;
import ai.dflux.service.db.JdbcDataSources;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * JDBC data sources for a migration's databases. Connecting is bounded so an unreachable server fails fast; reads are
 * not, since one chunk of a large table may take long.
 */
public final class DataSources {

    private static final JdbcDataSources.Options OPTIONS = new JdbcDataSources.Options("dflux-executor",
            Duration.ofSeconds(10), null);

    private DataSources() {
    }

    public static Dialect dialectOf(DatabaseCredentials credentials) {
        return Dialect.parse(credentials.dialect()).orElseThrow(() -> new IllegalArgumentException(
                "unknown dialect '" + credentials.dialect() + "' in " + credentials));
    }

    /** The target PostgreSQL. */
    public static PGSimpleDataSource postgres(DatabaseCredentials credentials) {
        PGSimpleDataSource source = JdbcDataSources.postgres(JdbcDataSources.Address.of(credentials), OPTIONS);
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
            return JdbcDataSources.mariaDb(dialect, JdbcDataSources.Address.of(credentials), OPTIONS,
                    List.of("useBulkStmts=false"));
        } catch (SQLException e) {
            throw new IllegalArgumentException("bad MariaDB connection settings for " + credentials + ": "
                    + e.getMessage(), e);
        }
    }
}
