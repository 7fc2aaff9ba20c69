package ai.dflux.executor.domain.stream;

import io.debezium.schema.AbstractTopicNamingStrategy;
import io.debezium.spi.schema.DataCollectionId;
import io.debezium.util.Collect;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The topic of each change: the names of Debezium's {@code DefaultTopicNamingStrategy} (prefix, then the table's
 * database parts), kept in a plain map. Debezium's own strategies keep them in an LRU map that counts its access queue
 * at every hit, which cost about 6 % of the executor's CPU while streaming; a migration's tables are few, so every
 * name stays. The applier only tells tables apart by topic, and the transaction and heartbeat topics are unchanged.
 */
public final class TopicNames extends AbstractTopicNamingStrategy<DataCollectionId> {

    private final Map<DataCollectionId, String> names = new ConcurrentHashMap<>();

    public TopicNames(Properties properties) {
        super(properties);
    }

    @Override
    public String dataChangeTopic(DataCollectionId id) {
        return names.computeIfAbsent(id,
                table -> sanitizedTopicName(mkString(Collect.arrayListOf(prefix, table.databaseParts()), delimiter)));
    }
}
