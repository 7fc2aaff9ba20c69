package ai.dflux.discovery.domain;

import ai.dflux.service.db.JdbcDataSources;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;

/** Makes a JDBC {@link DataSource} for a source connection; a catalog read may wait five minutes for one answer. */
public final class SourceDataSources {

    private static final Duration SOCKET_TIMEOUT = Duration.ofMinutes(5);

    private SourceDataSources() {
    }

    public static DataSource of(DatabaseConnection connection, Duration connectTimeout) throws SQLException {
        JdbcDataSources.Address address = new JdbcDataSources.Address(connection.host(), connection.port(),
                connection.database(), connection.username(), connection.password());
        JdbcDataSources.Options options = new JdbcDataSources.Options("dflux-discovery", connectTimeout, SOCKET_TIMEOUT);
        return switch (connection.dialect()) {
            case POSTGRESQL -> JdbcDataSources.postgres(address, options);
            case MYSQL, MARIADB -> JdbcDataSources.mariaDb(connection.dialect(), address, options, List.of());
            case ORACLE -> throw new IllegalArgumentException("oracle sources are read from scripts, not connections");
        };
    }
}
