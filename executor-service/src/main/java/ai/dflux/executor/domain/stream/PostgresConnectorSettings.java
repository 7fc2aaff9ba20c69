package ai.dflux.executor.domain.stream;

import java.util.Properties;

/**
 * A PostgreSQL source streamed through pgoutput from the slot the copy created with its exported snapshot. The slot's
 * consistent point is exactly where the copy's snapshot was taken, so the first start takes no snapshot and streams
 * from the slot.
 */
final class PostgresConnectorSettings implements SourceConnectorSettings {

    /**
     * Writes a logical message (no table needed) with the source clock in epoch milliseconds: an idle source still moves
     * the slot, and the applier learns how far behind it is. The message is transactional, so it arrives with a commit:
     * after a restart the connector finds where to resume at the first commit past the stored one, and on an idle
     * source only heartbeats commit (Debezium 3.5 never resumes on non-transactional messages alone).
     */
    static final String HEARTBEAT_QUERY = "SELECT pg_logical_emit_message(true, '" + StreamEvent.HEARTBEAT_PREFIX
            + "', (extract(epoch FROM clock_timestamp()) * 1000)::bigint::text)";

    static final String CONNECTOR = "io.debezium.connector.postgresql.PostgresConnector";

    @Override
    public Properties properties(ChangeStreamSpec spec, boolean historyRecorded) {
        Properties properties = CommonEngineSettings.properties(spec, CONNECTOR);
        properties.setProperty("database.dbname", spec.source().database());
        properties.setProperty("plugin.name", "pgoutput");
        properties.setProperty("slot.name", spec.start().slotName());
        properties.setProperty("publication.name", spec.start().publicationName());
        properties.setProperty("publication.autocreate.mode", "disabled");
        properties.setProperty("slot.drop.on.stop", "false");
        properties.setProperty("snapshot.mode", "no_data");
        properties.setProperty("heartbeat.action.query", HEARTBEAT_QUERY);
        properties.setProperty("hstore.handling.mode", "map");
        // without it a column of a type Debezium does not know is silently left out of every change
        properties.setProperty("include.unknown.datatypes", "true");
        properties.setProperty("converters", "text");
        properties.setProperty("text.type", SourceTextConverter.class.getName());
        properties.setProperty("schema.include.list", CommonEngineSettings.schemaIncludeList(spec.tables()));
        properties.setProperty("table.include.list", CommonEngineSettings.tableIncludeList(spec.tables()));
        return properties;
    }
}
