package ai.dflux.service.inbox;

import ai.dflux.contracts.events.Decoded;
import ai.dflux.contracts.events.EventCodec;
import ai.dflux.contracts.events.EventEnvelope;
import ai.dflux.service.config.ServiceConfig;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.jboss.logging.Logger;

/**
 * The way every service takes events in: decode, skip what this build cannot read (logged and counted, never a
 * crash), and apply each event exactly once by recording its id in the same transaction as its effect.
 */
@ApplicationScoped
public class EventIntake {

    private static final Logger LOG = Logger.getLogger(EventIntake.class);

    private final MeterRegistry registry;
    private final ServiceConfig service;

    public EventIntake(MeterRegistry registry, ServiceConfig service) {
        this.registry = registry;
        this.service = service;
    }

    /** The envelope in {@code json}, or empty when the record is to be skipped. */
    public Optional<EventEnvelope> decode(String json) {
        Decoded decoded = EventCodec.decode(json);
        if (decoded instanceof Decoded.Skipped skipped) {
            LOG.warnf("skipping event record (%s): %s", skipped.reason(), skipped.detail());
            registry.counter("dflux.events.skipped", "reason", skipped.reason().name().toLowerCase()).increment();
            return Optional.empty();
        }
        EventEnvelope envelope = ((Decoded.Event) decoded).envelope();
        registry.counter("dflux.events.consumed", "type", envelope.type(), "migration",
                envelope.migrationId().toString(), "tenant", envelope.tenantId()).increment();
        return Optional.of(envelope);
    }

    /**
     * Decodes {@code json} and applies it with {@code effect} in one transaction with the record of its id, unless it
     * was applied before. Transient failures are retried; what still fails goes back to the channel, which routes it
     * to the dead-letter topic.
     */
    public Uni<Void> accept(String json, Function<EventEnvelope, Uni<Void>> effect) {
        return decode(json).map(envelope -> applyOnce(envelope, effect)).orElse(Uni.createFrom().voidItem());
    }

    public Uni<Void> applyOnce(EventEnvelope envelope, Function<EventEnvelope, Uni<Void>> effect) {
        return Panache.withTransaction(() -> isProcessed(envelope.eventId())
                        .chain(done -> done ? Uni.createFrom().voidItem()
                                : effect.apply(envelope).chain(() -> markProcessed(envelope))))
                .onFailure().invoke(e -> LOG.warnf("applying %s %s failed (will retry): %s", envelope.type(),
                        envelope.eventId(), e.toString()))
                .onFailure().retry().withBackOff(Duration.ofMillis(200), Duration.ofSeconds(5))
                .atMost(service.intakeRetries());
    }

    /** Whether the event was applied before. Call inside a session or transaction. */
    public Uni<Boolean> isProcessed(UUID eventId) {
        return ProcessedEvent.<ProcessedEvent>findById(eventId).map(found -> found != null);
    }

    /** Records the event as applied. Call inside the transaction that holds its effect. */
    public Uni<Void> markProcessed(EventEnvelope envelope) {
        ProcessedEvent processed = new ProcessedEvent();
        processed.eventId = envelope.eventId();
        processed.eventType = envelope.type();
        processed.migrationId = envelope.migrationId();
        processed.processedAt = Instant.now();
        return processed.persist().replaceWithVoid();
    }
}
