package ai.dflux.executor.domain.stream;

import static org.assertj.core.api.Assertions.assertThat;

import io.debezium.relational.TableId;
import io.debezium.schema.DefaultTopicNamingStrategy;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class TopicNamesTest {

    private static final List<TableId> TABLES = List.of(new TableId(null, "public", "orders"),
            new TableId("shop", null, "orders"), new TableId("shop", "public", "Order Lines"),
            new TableId(null, "sales", "año$2024"));

    @Test
    void namesEveryTopicAsDebeziumsDefaultStrategyDoes() {
        TopicNames names = new TopicNames(properties());
        DefaultTopicNamingStrategy debezium = new DefaultTopicNamingStrategy(properties());

        for (TableId table : TABLES) {
            assertThat(names.dataChangeTopic(table)).as(table.toString()).isEqualTo(debezium.dataChangeTopic(table));
        }
        assertThat(names.transactionTopic()).isEqualTo(debezium.transactionTopic()).isEqualTo("dflux_m.transaction");
        assertThat(names.heartbeatTopic()).isEqualTo(debezium.heartbeatTopic());
    }

    @Test
    void aTableKeepsItsNameAndTablesDoNotShareOne() {
        TopicNames names = new TopicNames(properties());

        List<String> first = TABLES.stream().map(names::dataChangeTopic).toList();
        List<String> again = TABLES.stream().map(names::dataChangeTopic).toList();

        assertThat(again).isEqualTo(first);
        assertThat(first).doesNotHaveDuplicates();
    }

    private static Properties properties() {
        Properties properties = new Properties();
        properties.setProperty("topic.prefix", "dflux_m");
        return properties;
    }
}
