package ai.dflux.executor.domain.stream;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * A MariaDB (or MySQL) source read from its row binlog. The binlog connectors take their start position only from an
 * offset, so the copy's binlog position is recorded as the offset before the first start; with no schema history yet,
 * that start runs the {@code recovery} snapshot, which records the current table structures and reads no rows.
 */
final class MariaDbConnectorSettings implements SourceConnectorSettings {

    private static final int SERVER_ID_BASE = 5_400;
    private static final int SERVER_ID_RANGE = 1_000_000_000;

    static final String MARIADB_CONNECTOR = "io.debezium.connector.mariadb.MariaDbConnector";
    static final String MYSQL_CONNECTOR = "io.debezium.connector.mysql.MySqlConnector";

    private final String connectorClass;

    MariaDbConnectorSettings(String connectorClass) {
        this.connectorClass = connectorClass;
    }

    static MariaDbConnectorSettings mariaDb() {
        return new MariaDbConnectorSettings(MARIADB_CONNECTOR);
    }

    static MariaDbConnectorSettings mySql() {
        return new MariaDbConnectorSettings(MYSQL_CONNECTOR);
    }

    @Override
    public Properties properties(ChangeStreamSpec spec, boolean historyRecorded) {
        Properties properties = CommonEngineSettings.properties(spec, connectorClass);
        properties.setProperty("database.server.id", Long.toString(serverId(spec.migrationId())));
        properties.setProperty("database.include.list", CommonEngineSettings.schemaIncludeList(spec.tables()));
        properties.setProperty("table.include.list", CommonEngineSettings.tableIncludeList(spec.tables()));
        properties.setProperty("include.schema.changes", "false");
        properties.setProperty("schema.history.internal", TargetSchemaHistory.class.getName());
        // the history keeps the DDL of every table of the database, not only the captured ones: a table added to the
        // include list by a schema change was created before the position the stream restarts from, and without its
        // CREATE TABLE in the history the connector would not know its columns
        properties.setProperty("schema.history.internal.store.only.captured.tables.ddl", "false");
        // recovery rebuilds the history from the current table structures and reads no rows; afterwards no_data resumes
        // from the committed offset (when_needed would silently re-read all rows if the binlog were purged)
        properties.setProperty("snapshot.mode", historyRecorded ? "no_data" : "recovery");
        // the recovery snapshot reads table structures only; it needs no lock against writers
        properties.setProperty("snapshot.locking.mode", "none");
        properties.setProperty("bigint.unsigned.handling.mode", "precise");
        properties.setProperty("converters", "dflux_zero_dates");
        properties.setProperty("dflux_zero_dates.type", ZeroDateConverter.class.getName());
        properties.setProperty("dflux_zero_dates.columns", ZeroDateConverter.columnList(spec.tables()));
        return properties;
    }

    @Override
    public SeedOffset seed(ChangeStreamSpec spec) {
        Map<String, Object> offset = new LinkedHashMap<>();
        offset.put("file", spec.start().binlogFile());
        offset.put("pos", spec.start().binlogPosition());
        String gtids = spec.start().gtidSet();
        if (gtids != null && !gtids.isBlank()) {
            offset.put("gtids", gtids);
        }
        return new SeedOffset(Map.of("server", spec.engineName()), offset);
    }

    /** A replication client id no other migration's stream (nor a real replica, usually 1 to a few hundred) uses. */
    static long serverId(String migrationId) {
        return SERVER_ID_BASE + Math.floorMod(migrationId.hashCode(), SERVER_ID_RANGE);
    }
}
