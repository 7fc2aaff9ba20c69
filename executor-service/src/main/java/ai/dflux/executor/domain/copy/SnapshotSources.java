package ai.dflux.executor.domain.copy;

import ai.dflux.contracts.agents.DatabaseCredentials;
import ai.dflux.executor.domain.db.DataSources;
import java.util.UUID;

/** The {@link SnapshotSource} for a migration's source, by its dialect. */
public final class SnapshotSources {

    private SnapshotSources() {
    }

    public static SnapshotSource of(UUID migrationId, DatabaseCredentials source) {
        return switch (DataSources.dialectOf(source)) {
            case POSTGRESQL -> new PostgresSnapshotSource(migrationId, source);
            case MYSQL, MARIADB -> new MariaDbSnapshotSource(source);
            case ORACLE -> throw new IllegalArgumentException("an Oracle source is a schema script; it has no rows to copy");
        };
    }
}
