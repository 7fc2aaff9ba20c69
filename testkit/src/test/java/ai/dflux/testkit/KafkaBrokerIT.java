package ai.dflux.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class KafkaBrokerIT {

    private static KafkaBroker kafka;

    @BeforeAll
    static void startBroker() {
        kafka = KafkaBroker.create().start();
    }

    @AfterAll
    static void stopBroker() {
        kafka.close();
    }

    @Test
    void deliversARecordProducedToANewTopic() throws Exception {
        String topic = "greetings-" + UUID.randomUUID();

        produce(topic, "hello");

        assertThat(consumeUntilSeen(topic, "hello")).contains("hello");
    }

    @Test
    void deliversAgainAfterStopAndRestart() throws Exception {
        String topic = "comeback-" + UUID.randomUUID();
        produce(topic, "before");

        kafka.stop();
        kafka.restart();
        produce(topic, "after");

        assertThat(consumeUntilSeen(topic, "before", "after")).containsExactlyInAnyOrder("before", "after");
    }

    @Test
    void deliversAgainAfterKillAndRestart() throws Exception {
        String topic = "crash-" + UUID.randomUUID();
        produce(topic, "before");

        kafka.kill();
        kafka.restart();
        produce(topic, "after");

        assertThat(consumeUntilSeen(topic, "before", "after")).containsExactlyInAnyOrder("before", "after");
    }

    private static void produce(String topic, String value)
            throws InterruptedException, ExecutionException, TimeoutException {
        Map<String, Object> settings = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(settings)) {
            producer.send(new ProducerRecord<>(topic, value)).get(30, TimeUnit.SECONDS);
        }
    }

    /** The values on the topic, read from the beginning until all of {@code expected} are among them. */
    private static List<String> consumeUntilSeen(String topic, String... expected) {
        Map<String, Object> settings = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(settings)) {
            consumer.subscribe(List.of(topic));
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    values.add(record.value());
                }
                return values.containsAll(List.of(expected));
            });
        }
        return values;
    }
}
