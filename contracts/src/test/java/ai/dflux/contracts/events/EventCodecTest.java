package ai.dflux.contracts.events;

import static org.assertj.core.api.Assertions.assertThat;

import ai.dflux.contracts.catalog.SchemaChange;
import ai.dflux.contracts.events.Decoded.SkipReason;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class EventCodecTest {

    private static final ConnectionInfo SOURCE = new ConnectionInfo("mariadb", "db.example", 3306, "shop", "reader");
    private static final ConnectionInfo TARGET = new ConnectionInfo("postgresql", "pg.example", 5432, "shop", "writer");

    static Stream<Payload> everyKnownPayload() {
        return Stream.of(
                new MigrationCreated("shop", SOURCE, TARGET, Map.of("manualStart", "true")),
                new MigrationFailed(FailureReason.SOURCE_UNREACHABLE, "DISCOVERING", "connection refused"),
                new MigrationDeleted("CONVERTING"),
                new DiscoveryStarted("mariadb"),
                new SchemaDiscovered("/api/v1/migrations/x/catalog", 1, 3, 12, 4200, "sha256:abc", 1, 4),
                new SchemaDriftDetected("sha256:a", "sha256:b", 1, 0, 1, List.of(
                        new SchemaChange(SchemaChange.ADDED, "column", "shop.orders.note", "text"),
                        new SchemaChange(SchemaChange.CHANGED, "column", "shop.orders.total", "type numeric(10,2) ->"
                                + " numeric(12,2)")), false, "/api/v1/migrations/x/drift"),
                new SchemaConverted(2, "/api/v1/migrations/x/conversion", "sha256:b", "sha256:c",
                        Map.of("AUTO", 40, "AUTO_WITH_WARNINGS", 3, "MANUAL", 1), 1, true),
                new SnapshotStarted(16, 46_000, "0/16B3748", false),
                new TableCopied("sakila.film", "sakila.film", 1000, 190_000, 0.25),
                new SnapshotCompleted(16, 46_273, 3_800_000, 4.5, "0/16B3748"),
                new StreamingStarted("postgres", "0/16B3748", false),
                new SchemaChangeApplied(1, 2, List.of("shop.notes"), List.of("shop.orders.note"),
                        List.of("shop.orders.total")),
                new ReplicationLagReported(0.12, 4096, 850.0, 1700.0, "0/16C0000"),
                new MigrationPaused(MigrationPaused.REQUESTED, "paused through the API"),
                new MigrationResumed("api"));
    }

    @Test
    void everyKnownTypeHasARoundTripCase() {
        assertThat(everyKnownPayload().map(EventTypes::typeOf)).containsExactlyInAnyOrderElementsOf(EventTypes.all().keySet());
    }

    @ParameterizedTest
    @MethodSource("everyKnownPayload")
    void roundTripsEveryEvent(Payload payload) {
        EventEnvelope sent = EventEnvelope.of(payload, UUID.randomUUID(), "tenant-a", Producers.DISCOVERY,
                UUID.randomUUID());

        Decoded decoded = EventCodec.decode(EventCodec.encode(sent));

        assertThat(decoded).isEqualTo(new Decoded.Event(sent));
    }

    @Test
    void keepsANullCausation() {
        EventEnvelope sent = EventEnvelope.of(new DiscoveryStarted("postgresql"), UUID.randomUUID(), "t",
                Producers.DISCOVERY, null);

        assertThat(EventCodec.decode(EventCodec.encode(sent))).isEqualTo(new Decoded.Event(sent));
    }

    @Test
    void skipsAnUnknownType() {
        String json = EventCodec.encode(EventEnvelope.of(new DiscoveryStarted("x"), UUID.randomUUID(), "t", "p", null))
                .replace("\"DiscoveryStarted\"", "\"SomethingFromTheFuture\"");

        assertThat(EventCodec.decode(json)).isInstanceOfSatisfying(Decoded.Skipped.class, skipped -> {
            assertThat(skipped.reason()).isEqualTo(SkipReason.UNKNOWN_TYPE);
            assertThat(skipped.type()).isEqualTo("SomethingFromTheFuture");
        });
    }

    @Test
    void skipsANewerSchemaVersion() {
        String json = EventCodec.encode(EventEnvelope.of(new DiscoveryStarted("x"), UUID.randomUUID(), "t", "p", null))
                .replace("\"schemaVersion\":1", "\"schemaVersion\":2");

        assertThat(EventCodec.decode(json)).isInstanceOfSatisfying(Decoded.Skipped.class, skipped -> {
            assertThat(skipped.reason()).isEqualTo(SkipReason.NEWER_VERSION);
            assertThat(skipped.schemaVersion()).isEqualTo(2);
            assertThat(skipped.detail()).contains("newer");
        });
    }

    @Test
    void readsAnOlderProducersExtraFieldsWithinTheSameVersion() {
        String json = EventCodec.encode(EventEnvelope.of(new DiscoveryStarted("x"), UUID.randomUUID(), "t", "p", null))
                .replace("\"sourceDialect\":\"x\"", "\"sourceDialect\":\"x\",\"addedLater\":42");

        assertThat(EventCodec.decode(json)).isInstanceOf(Decoded.Event.class);
    }

    @Test
    void skipsMalformedRecordsNamingWhatIsWrong() {
        String valid = EventCodec.encode(EventEnvelope.of(new DiscoveryStarted("x"), UUID.randomUUID(), "t", "p",
                null));
        List<String> bad = List.of("not json", "[1,2]", "{}", valid.replaceAll("\"migrationId\":\"[^\"]+\",", ""),
                valid.replaceAll("\"eventId\":\"[^\"]+\"", "\"eventId\":\"not-a-uuid\""), "null");

        for (String json : bad) {
            assertThat(EventCodec.decode(json)).as(json).isInstanceOfSatisfying(Decoded.Skipped.class,
                    skipped -> assertThat(skipped.reason()).isEqualTo(SkipReason.MALFORMED));
        }
        assertThat(((Decoded.Skipped) EventCodec.decode(bad.get(3))).detail()).contains("migrationId");
    }

    @Test
    void neverWritesAPassword() {
        String json = EventCodec.encode(EventEnvelope.of(new MigrationCreated("shop", SOURCE, TARGET, Map.of()),
                UUID.randomUUID(), "t", "p", null));

        assertThat(json).doesNotContainIgnoringCase("password");
    }
}
