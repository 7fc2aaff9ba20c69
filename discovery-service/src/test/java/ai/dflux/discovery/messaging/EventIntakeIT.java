package ai.dflux.discovery.messaging;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import ai.dflux.contracts.events.DiscoveryStarted;
import ai.dflux.contracts.events.EventCodec;
import ai.dflux.contracts.events.EventEnvelope;
import ai.dflux.contracts.events.Topics;
import ai.dflux.testkit.ControlPlane;
import ai.dflux.testkit.ControlPlaneTestResource;
import ai.dflux.testkit.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = ControlPlaneTestResource.class, restrictToAnnotatedClass = false)
class EventIntakeIT {

    @Test
    void skipsUnknownNewerAndMalformedRecordsWithAMetricAndKeepsConsuming() throws Exception {
        UUID migration = UUID.randomUUID();
        String valid = EventCodec.encode(EventEnvelope.of(new DiscoveryStarted("postgresql"), migration, "tenant-a",
                "test", null));
        try (var producer = producer()) {
            producer.send(new ProducerRecord<>(Topics.MIGRATION_EVENTS, migration.toString(),
                    valid.replace("\"DiscoveryStarted\"", "\"FromTheFuture\""))).get();
            producer.send(new ProducerRecord<>(Topics.MIGRATION_EVENTS, migration.toString(),
                    valid.replace("\"schemaVersion\":1", "\"schemaVersion\":9"))).get();
            producer.send(new ProducerRecord<>(Topics.MIGRATION_EVENTS, migration.toString(), "{not json")).get();
        }

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().get("/q/metrics").then()
                .body(containsString("dflux_events_skipped_total{reason=\"unknown_type\"}"))
                .body(containsString("dflux_events_skipped_total{reason=\"newer_version\"}"))
                .body(containsString("dflux_events_skipped_total{reason=\"malformed\"}")));

        // The consumer is still alive: a migration created afterwards is discovered.
        String id = given().auth().oauth2(TestTokens.forTenant("tenant-a")).contentType("application/json")
                .body(ai.dflux.discovery.api.RequestsAccess.migrationOfShop())
                .post("/api/v1/migrations").then().statusCode(201).extract().path("id");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given()
                .auth().oauth2(TestTokens.forTenant("tenant-a")).get("/api/v1/migrations/{id}", id)
                .then().body("phase", equalTo("CONVERTING")));
    }

    private static KafkaProducer<String, String> producer() {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, ControlPlane.kafka().bootstrapServers());
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return new KafkaProducer<>(props);
    }
}
