package ai.dflux.compatibility.domain.proof;

import ai.dflux.contracts.agents.DatabaseCredentials;
import ai.dflux.service.db.JdbcDataSources;
import java.time.Duration;
import javax.sql.DataSource;

/** A JDBC data source for a migration's target, bounded so an unreachable server fails fast instead of hanging. */
public final class TargetDataSources {

    private static final JdbcDataSources.Options OPTIONS = new JdbcDataSources.Options("dflux-compatibility-proof",
            Duration.ofSeconds(10), Duration.ofMinutes(10));

    private TargetDataSources() {
    }

    public static DataSource of(DatabaseCredentials target) {
        if (!"postgresql".equalsIgnoreCase(target.dialect())) {
            throw TargetProblem.unsupported("the target dialect is " + target.dialect() + "; dflux loads PostgreSQL");
        }
        return JdbcDataSources.postgres(JdbcDataSources.Address.of(target), OPTIONS);
    }
}
