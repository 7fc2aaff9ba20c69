package ai.dflux.compatibility.domain;

import ai.dflux.compatibility.config.CompatibilityConfig;
import ai.dflux.compatibility.domain.proof.TargetProblem;
import ai.dflux.compatibility.persistence.ConversionJobEntity;
import ai.dflux.contracts.Phase;
import ai.dflux.contracts.events.FailureReason;
import ai.dflux.contracts.events.MigrationFailed;
import ai.dflux.service.outbox.Outbox;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * Runs queued conversions one at a time, oldest first and in order within a migration. A failure that may pass
 * (discovery restarting, the target down) is tried again with a growing pause; after
 * {@code dflux.compatibility.give-up-after}, or at once when retrying cannot help (the target refuses the credentials,
 * lacks privileges or is not a supported PostgreSQL), the migration fails with a reason a script can act on.
 */
@ApplicationScoped
public class ConversionWorker {

    private static final Logger LOG = Logger.getLogger(ConversionWorker.class);
    private static final String NEXT_DUE = """
            from ConversionJobEntity j where j.state = ?1 and j.notBefore <= ?2 and not exists (
                from ConversionJobEntity o where o.migrationId = j.migrationId and o.state = ?1
                and o.createdAt < j.createdAt) order by j.createdAt""";

    private final ConversionRun run;
    private final Outbox outbox;
    private final CompatibilityConfig config;
    private volatile boolean stopping;

    public ConversionWorker(ConversionRun run, Outbox outbox, CompatibilityConfig config) {
        this.run = run;
        this.outbox = outbox;
        this.config = config;
    }

    @Scheduled(every = "${dflux.compatibility.poll-interval:1s}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> work() {
        if (stopping) {
            return Uni.createFrom().voidItem();
        }
        return runDue().onFailure().invoke(e -> LOG.warnf("conversion worker: %s", e.toString()))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    void onShutdown(@Observes ShutdownEvent event) {
        stopping = true;
    }

    /** Runs the next due conversion, if any; completes with whether there was one. */
    public Uni<Boolean> runDue() {
        return Panache.withSession(() -> ConversionJobEntity.<ConversionJobEntity>find(NEXT_DUE,
                        ConversionJobEntity.PENDING, Instant.now()).firstResult())
                .chain(job -> job == null ? Uni.createFrom().item(false) : runOne(job).replaceWith(true));
    }

    private Uni<Void> runOne(ConversionJobEntity job) {
        LOG.infof("converting migration %s (%s, attempt %d)", job.migrationId, job.cause, job.attempts + 1);
        return run.run(job)
                .invoke(stored -> LOG.infof("migration %s converted%s", job.migrationId,
                        stored ? "" : "; nothing changed since the previous revision"))
                .replaceWithVoid()
                .onFailure().recoverWithUni(e -> failed(job, e));
    }

    private Uni<Void> failed(ConversionJobEntity job, Throwable error) {
        Instant now = Instant.now();
        boolean hopeless = error instanceof TargetProblem target && !target.isTransient();
        boolean waitedTooLong = Duration.between(job.createdAt, now).compareTo(config.giveUpAfter()) > 0;
        String message = error.getMessage() == null ? error.toString() : error.getMessage();
        return Panache.withTransaction(() -> ConversionJobEntity.<ConversionJobEntity>findById(job.id)
                .chain(current -> {
                    if (current == null) {
                        return Uni.createFrom().voidItem(); // the migration was deleted meanwhile
                    }
                    current.attempts++;
                    current.lastError = message;
                    // a job that waited its whole patience in the queue still gets one retry
                    boolean tooLong = waitedTooLong && current.attempts > 1;
                    if (hopeless || tooLong) {
                        LOG.errorf("conversion of migration %s failed for good: %s", job.migrationId, message);
                        current.state = ConversionJobEntity.FAILED;
                        current.finishedAt = now;
                        return outbox.publish(new MigrationFailed(reasonOf(error), Phase.CONVERTING.name(), message),
                                job.migrationId, job.tenantId, job.causeEventId).replaceWithVoid();
                    }
                    current.notBefore = now.plus(backoff(current.attempts));
                    LOG.warnf("conversion of migration %s failed (attempt %d, next in %s): %s", job.migrationId,
                            current.attempts, Duration.between(now, current.notBefore), message);
                    return Uni.createFrom().voidItem();
                }));
    }

    private Duration backoff(int attempts) {
        Duration pause = Duration.ofSeconds(1L << Math.min(attempts - 1, 10));
        return pause.compareTo(config.maxBackoff()) > 0 ? config.maxBackoff() : pause;
    }

    static FailureReason reasonOf(Throwable error) {
        if (error instanceof CatalogUnavailable) {
            return FailureReason.CATALOG_UNAVAILABLE;
        }
        if (error instanceof TargetProblem target) {
            return target.isUnsupported() ? FailureReason.TARGET_UNSUPPORTED : FailureReason.TARGET_UNREACHABLE;
        }
        return FailureReason.CONVERSION_FAILED;
    }
}
