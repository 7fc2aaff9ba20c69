package ai.dflux.compatibility.domain.proof;

import ai.dflux.contracts.agents.DatabaseCredentials;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/** A JDBC data source for a migration's target, bounded so an unreachable server fails fast instead of hanging. */
public final class TargetDataSources {

    private static final int CONNECT_TIMEOUT_SECONDS = 10;
    private static final int SOCKET_TIMEOUT_SECONDS = 600;

    private TargetDataSources() {
    }

    public static DataSource of(DatabaseCredentials target) {
        if (!"postgresql".equalsIgnoreCase(target.dialect())) {
            throw TargetProblem.unsupported("the target dialect is " + target.dialect() + "; dflux loads PostgreSQL");
        }
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setServerNames(new String[] {target.host()});
        source.setPortNumbers(new int[] {target.port()});
        source.setDatabaseName(target.database());
        source.setUser(target.username());
        source.setPassword(target.password());
        source.setConnectTimeout(CONNECT_TIMEOUT_SECONDS);
        source.setSocketTimeout(SOCKET_TIMEOUT_SECONDS);
        source.setApplicationName("dflux-compatibility-proof");
        return source;
    }
}
