package ai.dflux.service.outbox;

import ai.dflux.service.config.ServiceConfig;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Publishes committed outbox rows to Kafka in id order, keyed by migration, and marks them published once the broker
 * acknowledged them. A crash between the acknowledgement and the mark publishes a row twice; consumers deduplicate by
 * event id, so delivery is at least once and the effect exactly once. Each round holds a transaction-scoped advisory
 * lock on the service's outbox ({@link #LOCK_NAME} and the schema): of several replicas of a service one publishes at a
 * time, so none publishes a row twice and the rows keep their order.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    /** Hashed with the service's schema ({@code hashtext}) into the key of the relay's advisory lock. */
    public static final String LOCK_NAME = "dflux-outbox:";

    private final MutinyEmitter<String> events;
    private final ServiceConfig service;
    private final MeterRegistry registry;
    private volatile boolean stopping;

    public OutboxRelay(@Channel("events-out") MutinyEmitter<String> events, ServiceConfig service,
            MeterRegistry registry) {
        this.events = events;
        this.service = service;
        this.registry = registry;
    }

    @Scheduled(every = "${dflux.service.outbox-poll-interval:1s}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> relay() {
        if (stopping) {
            return Uni.createFrom().voidItem();
        }
        return publishPending()
                .onFailure().invoke(e -> LOG.warnf("outbox relay could not publish yet (will retry): %s", e.toString()))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }

    /** Stops publishing before the datasource closes; what is left is published by the next start. */
    void onShutdown(@Observes ShutdownEvent event) {
        stopping = true;
    }

    /** Publishes one batch of pending rows, unless another replica is at it; returns how many were published. */
    public Uni<Integer> publishPending() {
        return Panache.withTransaction(() -> Panache.getSession()
                .chain(session -> session.createNativeQuery("select pg_try_advisory_xact_lock(hashtext(?1))",
                        Boolean.class).setParameter(1, LOCK_NAME + service.schema()).getSingleResult())
                .chain(locked -> !locked ? Uni.createFrom().item(0)
                        : OutboxMessage.<OutboxMessage>find("publishedAt is null order by id")
                                .page(0, service.outboxBatchSize()).list()
                                .chain(pending -> pending.isEmpty() ? Uni.createFrom().item(0) : send(pending))));
    }

    private Uni<Integer> send(List<OutboxMessage> pending) {
        return Multi.createFrom().iterable(pending)
                .onItem().transformToUniAndConcatenate(this::sendOne)
                .collect().asList()
                .chain(sent -> markPublished(sent.stream().map(m -> m.id).toList()).replaceWith(sent.size()));
    }

    private Uni<OutboxMessage> sendOne(OutboxMessage message) {
        var metadata = OutgoingKafkaRecordMetadata.<String>builder().withKey(message.migrationId.toString()).build();
        return events.sendMessage(Message.of(message.envelope).addMetadata(metadata))
                .invoke(() -> registry.counter("dflux.events.published", "type", message.eventType).increment())
                .replaceWith(message);
    }

    private Uni<Void> markPublished(List<Long> ids) {
        return Panache.withTransaction(() -> OutboxMessage.update("publishedAt = ?1 where id in ?2", Instant.now(), ids))
                .replaceWithVoid();
    }
}
