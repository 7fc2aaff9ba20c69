package ai.dflux.executor.domain.progress;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The live progress of every replication this executor runs, and its Prometheus meters (tagged by migration and
 * tenant, and by table for the copy), which go when the replication ends here.
 */
@ApplicationScoped
public class ReplicationMetrics {

    private final MeterRegistry registry;
    private final Map<UUID, ReplicationProgress> running = new ConcurrentHashMap<>();
    private final Map<UUID, List<Meter>> meters = new ConcurrentHashMap<>();

    public ReplicationMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** The progress of a replication starting here, with its meters. */
    public ReplicationProgress begin(UUID migrationId, String tenantId) {
        end(migrationId);
        Tags tags = Tags.of("migration", migrationId.toString(), "tenant", tenantId);
        List<Meter> own = Collections.synchronizedList(new ArrayList<>());
        ReplicationProgress progress = new ReplicationProgress(migrationId, tenantId,
                table -> own.addAll(tableMeters(table, tags)));
        own.add(FunctionCounter.builder("dflux.copy.rows", progress, ReplicationProgress::rowsCopied).tags(tags)
                .description("Rows copied to the target by the initial copy").register(registry));
        own.add(FunctionCounter.builder("dflux.copy.bytes", progress, ReplicationProgress::bytesCopied).tags(tags)
                .baseUnit("bytes").description("Row data sent to the target by the initial copy").register(registry));
        own.add(Gauge.builder("dflux.copy.tables.remaining", progress, ReplicationProgress::tablesLeft).tags(tags)
                .description("Tables whose copy is not finished").register(registry));
        own.add(Gauge.builder("dflux.replication.lag.seconds", progress, p -> p.stream().lagSeconds()).tags(tags)
                .description("How far the target is behind the source, in seconds").register(registry));
        own.add(Gauge.builder("dflux.replication.lag.bytes", progress, p -> p.stream().lagBytes()).tags(tags)
                .description("Source WAL or binlog bytes not yet applied (-1: unknown)").register(registry));
        own.add(FunctionCounter.builder("dflux.stream.events.applied", progress, p -> p.stream().eventsApplied())
                .tags(tags).description("Change events applied to the target").register(registry));
        own.add(FunctionCounter.builder("dflux.stream.rows.applied", progress, p -> p.stream().rowsApplied())
                .tags(tags).description("Rows written to the target by the change stream").register(registry));
        own.add(FunctionCounter.builder("dflux.stream.source.reads", progress, p -> p.stream().sourceReads())
                .tags(tags).description("Queries the apply made to the source for values a change does not carry")
                .register(registry));
        own.add(FunctionCounter.builder("dflux.stream.source.rows.read", progress, p -> p.stream().sourceRowsRead())
                .tags(tags).description("Rows those source queries looked up by key").register(registry));
        meters.put(migrationId, own);
        running.put(migrationId, progress);
        return progress;
    }

    public Optional<ReplicationProgress> progress(UUID migrationId) {
        return Optional.ofNullable(running.get(migrationId));
    }

    public List<ReplicationProgress> all() {
        return List.copyOf(running.values());
    }

    public void end(UUID migrationId) {
        running.remove(migrationId);
        List<Meter> own = meters.remove(migrationId);
        if (own != null) {
            own.forEach(registry::remove);
        }
    }

    private List<Meter> tableMeters(TableProgress table, Tags tags) {
        Tags tableTags = tags.and("table", table.sourceTable());
        return List.of(
                Gauge.builder("dflux.copy.table.rows", table, TableProgress::rowsCopied).tags(tableTags)
                        .description("Rows of the table copied so far").register(registry),
                Gauge.builder("dflux.copy.table.estimated.rows", table, TableProgress::estimatedRows).tags(tableTags)
                        .description("The source's estimate of the table's rows").register(registry),
                Gauge.builder("dflux.copy.table.eta.seconds", table, t -> {
                    Long eta = t.etaSeconds();
                    return eta == null ? Double.NaN : eta;
                }).tags(tableTags).description("Seconds until the table is copied, at the current rate")
                        .register(registry));
    }
}
