package ai.dflux.executor.domain.stream;

import ai.dflux.contracts.conversion.TablePlan;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The engine and value properties every source shares. */
final class CommonEngineSettings {

    static final String HEARTBEAT_INTERVAL_MS = "1000";
    static final String POLL_INTERVAL_MS = "50";
    static final String UNAVAILABLE_PLACEHOLDER = "__debezium_unavailable_value";

    private CommonEngineSettings() {
    }

    static Properties properties(ChangeStreamSpec spec, String connectorClass) {
        Properties properties = new Properties();
        String name = spec.engineName();
        properties.setProperty("name", name);
        properties.setProperty("connector.class", connectorClass);
        properties.setProperty("topic.prefix", name);
        properties.setProperty("topic.naming.strategy", TopicNames.class.getName());
        properties.setProperty("offset.storage", TargetOffsetStore.class.getName());
        // the applier commits the position with the rows; a flush after every batch only lets the connector
        // acknowledge it to the source (PostgreSQL: the slot's confirmed LSN) as early as possible
        properties.setProperty("offset.flush.interval.ms", "0");
        properties.setProperty("database.hostname", spec.source().host());
        properties.setProperty("database.port", Integer.toString(spec.source().port()));
        properties.setProperty("database.user", spec.source().username());
        properties.setProperty("database.password", spec.source().password() == null ? "" : spec.source().password());
        properties.setProperty("provide.transaction.metadata", "true");
        properties.setProperty("tombstones.on.delete", "false");
        properties.setProperty("skipped.operations", "none");
        properties.setProperty("heartbeat.interval.ms", HEARTBEAT_INTERVAL_MS);
        // the connector hands over a batch once it is full or this long after its first change: Debezium's 500 ms
        // alone would be half the lag a cutover may wait for under a light load
        properties.setProperty("poll.interval.ms", POLL_INTERVAL_MS);
        properties.setProperty("decimal.handling.mode", "string");
        properties.setProperty("binary.handling.mode", "bytes");
        properties.setProperty("interval.handling.mode", "string");
        properties.setProperty("time.precision.mode", "adaptive_time_microseconds");
        properties.setProperty("unavailable.value.placeholder", UNAVAILABLE_PLACEHOLDER);
        properties.setProperty("errors.max.retries", "3");
        TargetSettings.write(properties, TargetSchemaHistory.CONFIG_PREFIX, spec.migrationId(), spec.target());
        return properties;
    }

    /** Debezium's include lists are regular expressions over {@code schema.table}. */
    static String tableIncludeList(List<TablePlan> tables) {
        return tables.stream()
                .map(table -> Pattern.quote(table.sourceSchema()) + "\\." + Pattern.quote(table.sourceTable()))
                .distinct()
                .collect(Collectors.joining(","));
    }

    static String schemaIncludeList(List<TablePlan> tables) {
        return tables.stream().map(table -> Pattern.quote(table.sourceSchema())).distinct()
                .collect(Collectors.joining(","));
    }
}
