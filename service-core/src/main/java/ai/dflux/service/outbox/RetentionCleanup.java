package ai.dflux.service.outbox;

import ai.dflux.service.config.ServiceConfig;
import ai.dflux.service.inbox.ProcessedEvent;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.jboss.logging.Logger;

/** Deletes outbox rows published long ago and processed-event ids older than any redelivery, so tables stay small. */
@ApplicationScoped
public class RetentionCleanup {

    private static final Logger LOG = Logger.getLogger(RetentionCleanup.class);

    private final ServiceConfig service;

    public RetentionCleanup(ServiceConfig service) {
        this.service = service;
    }

    @Scheduled(every = "${dflux.service.cleanup-interval:1h}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> clean() {
        Instant now = Instant.now();
        return Panache.withTransaction(() -> OutboxMessage.delete("publishedAt < ?1",
                        now.minus(service.outboxRetention()))
                .chain(outbox -> ProcessedEvent.delete("processedAt < ?1", now.minus(service.processedEventRetention()))
                        .invoke(processed -> {
                            if (outbox + processed > 0) {
                                LOG.infof("deleted %d published outbox rows and %d old processed-event ids", outbox,
                                        processed);
                            }
                        })))
                .onFailure().invoke(e -> LOG.warnf("retention cleanup failed (next round retries): %s", e.toString()))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }
}
