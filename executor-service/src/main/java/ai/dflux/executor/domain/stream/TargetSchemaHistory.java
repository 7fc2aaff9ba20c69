package ai.dflux.executor.domain.stream;

import ai.dflux.contracts.agents.DatabaseCredentials;
import ai.dflux.executor.domain.position.TableDefinition;
import io.debezium.config.Configuration;
import io.debezium.document.DocumentReader;
import io.debezium.document.DocumentWriter;
import io.debezium.relational.history.AbstractSchemaHistory;
import io.debezium.relational.history.HistoryRecord;
import io.debezium.relational.history.HistoryRecordComparator;
import io.debezium.relational.history.SchemaHistoryException;
import io.debezium.relational.history.SchemaHistoryListener;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The binlog connectors' schema history ({@code schema.history.internal}), kept in the target's
 * {@code dflux_executor.schema_history} so it lives as long as the migration's committed position does.
 */
public final class TargetSchemaHistory extends AbstractSchemaHistory {

    static final String CONFIG_PREFIX = "schema.history.internal.";

    private final DocumentWriter writer = DocumentWriter.defaultWriter();
    private final DocumentReader reader = DocumentReader.defaultReader();
    private DatabaseCredentials target;
    private String migrationId;
    private Connection connection;

    @Override
    public void configure(Configuration config, HistoryRecordComparator comparator, SchemaHistoryListener listener,
            boolean useCatalogBeforeSchema) {
        super.configure(config, comparator, listener, useCatalogBeforeSchema);
        Map<String, String> settings = new HashMap<>();
        config.asMap().forEach((key, value) -> settings.put(
                key.startsWith(CONFIG_PREFIX) ? key.substring(CONFIG_PREFIX.length()) : key, value));
        migrationId = TargetSettings.migrationId(settings);
        target = TargetSettings.target(settings);
    }

    @Override
    public synchronized void start() {
        super.start();
        try {
            if (connection == null || connection.isClosed()) {
                connection = TargetSettings.connect(target);
                connection.setAutoCommit(true);
                StreamBookkeeping.ensure(connection);
            }
        } catch (SQLException e) {
            throw new SchemaHistoryException("cannot open the schema history of migration " + migrationId + " on "
                    + target, e);
        }
    }

    @Override
    public synchronized void stop() {
        super.stop();
        try {
            if (connection != null) {
                connection.close();
            }
        } catch (SQLException e) {
            logger.warn("closing the schema history connection failed: {}", e.getMessage());
        } finally {
            connection = null;
        }
    }

    /**
     * Records the copy's table structures as the history at the stream's first position, so that the first start reads
     * the binlog from there with the structures the rows written there have (a {@code recovery} snapshot would take
     * them as they are when it runs, after changes the stream has not read yet).
     */
    static void seed(Connection connection, String migrationId, SourceConnectorSettings.SeedOffset position,
            List<TableDefinition> definitions) throws SQLException {
        DocumentWriter writer = DocumentWriter.defaultWriter();
        for (TableDefinition definition : definitions) {
            HistoryRecord record = new HistoryRecord(position.partition(), position.offset(), definition.database(),
                    null, definition.ddl(), null, Instant.now());
            try {
                StreamBookkeeping.appendHistory(connection, migrationId, writer.write(record.document()));
            } catch (IOException e) {
                throw new SchemaHistoryException("cannot write the structure of " + definition.database() + "."
                        + definition.table() + " into the schema history of migration " + migrationId, e);
            }
        }
    }

    @Override
    protected synchronized void storeRecord(HistoryRecord record) throws SchemaHistoryException {
        try {
            StreamBookkeeping.appendHistory(open(), migrationId, writer.write(record.document()));
        } catch (SQLException | IOException e) {
            throw new SchemaHistoryException("cannot store a schema history record of migration " + migrationId, e);
        }
    }

    @Override
    protected synchronized void recoverRecords(Consumer<HistoryRecord> records) {
        try {
            for (String text : StreamBookkeeping.history(open(), migrationId)) {
                records.accept(new HistoryRecord(reader.read(text)));
            }
        } catch (SQLException | IOException e) {
            throw new SchemaHistoryException("cannot read the schema history of migration " + migrationId, e);
        }
    }

    @Override
    public synchronized boolean exists() {
        try {
            return StreamBookkeeping.hasHistory(open(), migrationId);
        } catch (SQLException e) {
            throw new SchemaHistoryException("cannot read the schema history of migration " + migrationId, e);
        }
    }

    @Override
    public boolean storageExists() {
        return true;
    }

    private Connection open() throws SQLException {
        if (connection == null || connection.isClosed()) {
            start();
        }
        return connection;
    }

    @Override
    public String toString() {
        return "schema history of migration " + migrationId + " in " + StreamBookkeeping.HISTORY_TABLE;
    }
}
