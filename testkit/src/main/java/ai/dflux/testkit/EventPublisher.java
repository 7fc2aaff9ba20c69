package ai.dflux.testkit;

import ai.dflux.contracts.events.EventCodec;
import ai.dflux.contracts.events.EventEnvelope;
import ai.dflux.contracts.events.Topics;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/** Publishes events on the test control plane's topic, as another agent would. */
public final class EventPublisher {

    private EventPublisher() {
    }

    public static void publish(EventEnvelope event) throws Exception {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, ControlPlane.kafka().bootstrapServers());
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (var producer = new KafkaProducer<String, String>(props)) {
            producer.send(new ProducerRecord<>(Topics.MIGRATION_EVENTS, event.migrationId().toString(),
                    EventCodec.encode(event))).get();
        }
    }
}
