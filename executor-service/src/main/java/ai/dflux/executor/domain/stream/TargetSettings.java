package ai.dflux.executor.domain.stream;

import ai.dflux.contracts.agents.DatabaseCredentials;
import ai.dflux.executor.domain.db.DataSources;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Properties;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * How the offset store and the schema history, which Debezium creates by class name, learn which target and migration
 * they serve: engine properties under {@value #PREFIX}. The password key contains "password", which Debezium masks
 * whenever it prints its configuration.
 */
final class TargetSettings {

    static final String PREFIX = "dflux.";
    static final String MIGRATION = PREFIX + "migration.id";
    static final String HOST = PREFIX + "target.host";
    static final String PORT = PREFIX + "target.port";
    static final String DATABASE = PREFIX + "target.database";
    static final String USER = PREFIX + "target.user";
    static final String PASSWORD = PREFIX + "target.password";

    private TargetSettings() {
    }

    /** Writes the settings into the engine properties, once bare and once under {@code keyPrefix}. */
    static void write(Properties properties, String keyPrefix, String migrationId, DatabaseCredentials target) {
        for (String prefix : new String[] {"", keyPrefix}) {
            properties.setProperty(prefix + MIGRATION, migrationId);
            properties.setProperty(prefix + HOST, target.host());
            properties.setProperty(prefix + PORT, Integer.toString(target.port()));
            properties.setProperty(prefix + DATABASE, target.database());
            properties.setProperty(prefix + USER, target.username());
            properties.setProperty(prefix + PASSWORD, target.password() == null ? "" : target.password());
        }
    }

    static String migrationId(Map<String, String> settings) {
        return required(settings, MIGRATION);
    }

    static DatabaseCredentials target(Map<String, String> settings) {
        return new DatabaseCredentials("postgresql", required(settings, HOST), Integer.parseInt(required(settings, PORT)),
                required(settings, DATABASE), required(settings, USER), settings.getOrDefault(PASSWORD, ""));
    }

    static Connection connect(DatabaseCredentials target) throws SQLException {
        PGSimpleDataSource source = DataSources.postgres(target);
        // a rewritten multi-row upsert fails when one key appears twice in a batch, which a stream does
        source.setReWriteBatchedInserts(false);
        return source.getConnection();
    }

    private static String required(Map<String, String> settings, String key) {
        String value = settings.get(key);
        if (value == null) {
            throw new IllegalStateException("engine property " + key + " is missing");
        }
        return value;
    }
}
