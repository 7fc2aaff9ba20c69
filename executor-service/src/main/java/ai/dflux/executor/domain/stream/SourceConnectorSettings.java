package ai.dflux.executor.domain.stream;

import java.util.Properties;

/** The Debezium connector properties for one source dialect; a new dialect is a new implementation. */
interface SourceConnectorSettings {

    /**
     * The connector's properties for this start of the stream.
     *
     * @param historyRecorded whether the target already holds the connector's schema history for the migration
     */
    Properties properties(ChangeStreamSpec spec, boolean historyRecorded);

    /**
     * The position to record on the target before the very first start, when the connector cannot be told where to
     * start by any other means; null when it can.
     */
    default SeedOffset seed(ChangeStreamSpec spec) {
        return null;
    }

    /** A source partition and the offset to start it from. */
    record SeedOffset(java.util.Map<String, ?> partition, java.util.Map<String, ?> offset) {
    }
}
