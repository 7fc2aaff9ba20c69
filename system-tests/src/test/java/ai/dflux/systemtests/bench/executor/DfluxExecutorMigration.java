package ai.dflux.systemtests.bench.executor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ai.dflux.systemtests.DfluxStack;
import ai.dflux.systemtests.TenantClient;
import ai.dflux.testkit.PostgresServer;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.OptionalDouble;
import org.awaitility.core.ConditionTimeoutException;

/**
 * One migration through dflux's API, as a tenant runs it: registered with discovery, then copied and streamed by the
 * Executor Agent once the Compatibility Agent has converted the schema. What the benchmark reads of it: the
 * {@code SnapshotCompleted} event on the migration's timeline, and the Executor's
 * {@code GET /api/v1/migrations/{id}/replication} ({@code status}, {@code replication.stream.lagSeconds}); where that
 * has no lag, its gauge {@code dflux_replication_lag_seconds{migration="<id>"}} on the Executor's {@code /q/metrics}.
 */
public final class DfluxExecutorMigration {

    private static final Duration COPY_POLL = Duration.ofSeconds(2);

    /** What the Executor reported of its copy: {@code SnapshotCompleted}, and the wall time since registration. */
    public record Copy(double seconds, long rows, long bytes, int tables, double wallSeconds, String wallSource) {
    }

    private final DfluxStack stack;
    private final TenantClient tenant;
    private final String id;
    private final long registeredAt;

    private DfluxExecutorMigration(DfluxStack stack, TenantClient tenant, String id, long registeredAt) {
        this.stack = stack;
        this.tenant = tenant;
        this.id = id;
        this.registeredAt = registeredAt;
    }

    /** Registers the migration; the copy starts by itself once the schema is converted. */
    public static DfluxExecutorMigration register(DfluxStack stack, TenantClient tenant,
            Map<String, Object> request) {
        long registeredAt = System.nanoTime();
        return new DfluxExecutorMigration(stack, tenant, tenant.createMigration(request), registeredAt);
    }

    /** {@code POST /api/v1/migrations} from one PostgreSQL server's database into another's. */
    public static Map<String, Object> postgresRequest(String name, PostgresServer source, String database,
            PostgresServer target, String targetDatabase) {
        return Map.of("name", name, "source", postgres(source, database), "target", postgres(target, targetDatabase),
                "options", Map.of());
    }

    private static Map<String, Object> postgres(PostgresServer server, String database) {
        return Map.of("dialect", "postgresql", "host", "127.0.0.1", "port", server.port(), "database", database,
                "username", server.superuser(),
                "password", server.password().isEmpty() ? "trusted" : server.password());
    }

    public String id() {
        return id;
    }

    /**
     * Waits for {@code SnapshotCompleted} (failing at once on {@code MigrationFailed}) and returns what it says. The
     * timeline is read every {@link #COPY_POLL}: each read costs the services and this JVM CPU that the copy shares,
     * while the copy's time is the Executor's own measure, which reading more often would not sharpen.
     */
    public Copy awaitCopy(Duration timeout) {
        JsonPath timeline = awaitEvent("SnapshotCompleted", timeout, COPY_POLL);
        double observed = (System.nanoTime() - registeredAt) / 1e9;
        String completed = "events.find { it.type == 'SnapshotCompleted' }";
        Double betweenEvents = secondsBetween(timeline, "MigrationCreated", "SnapshotCompleted");
        return new Copy(timeline.getDouble(completed + ".payload.seconds"),
                timeline.getLong(completed + ".payload.rows"), timeline.getLong(completed + ".payload.bytes"),
                timeline.getInt(completed + ".payload.tables"),
                betweenEvents != null ? betweenEvents : observed,
                betweenEvents != null ? "MigrationCreated → SnapshotCompleted (occurredAt)"
                        : "registration → SnapshotCompleted seen on the timeline (polled every "
                                + COPY_POLL.toMillis() / 1000.0 + " s)");
    }

    /** Waits until {@code StreamingStarted} is on the timeline and the Executor reports {@code STREAMING}. */
    public void awaitStreaming(Duration timeout) {
        awaitEvent("StreamingStarted", timeout, Duration.ofMillis(500));
        await("executor status STREAMING of " + id).atMost(timeout).pollInterval(Duration.ofMillis(500))
                .until(() -> replication().getString("status"), "STREAMING"::equals);
    }

    /** The timeline once it holds {@code type}; on a timeout, the error shows what the Executor reports. */
    private JsonPath awaitEvent(String type, Duration timeout, Duration pollInterval) {
        try {
            return tenant.awaitEvents(id, type, 1, timeout, pollInterval);
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("no " + type + " for migration " + id + " within " + timeout.toSeconds()
                    + " s; the timeline's types: " + tenant.timeline(id).getList("events.type") + "; the Executor's"
                    + " GET .../replication: " + replication().prettify(), e);
        }
    }

    /**
     * {@code replication.stream.lagSeconds} of the Executor's status, else its lag gauge for this migration, in
     * milliseconds; empty while neither has a value.
     */
    public OptionalDouble lagMillis() {
        Object lag = replication().get("replication.stream.lagSeconds");
        return lag instanceof Number seconds ? OptionalDouble.of(seconds.doubleValue() * 1000) : gaugeMillis();
    }

    private OptionalDouble gaugeMillis() {
        String label = "migration=\"" + id + "\"";
        for (String line : stack.service(DfluxStack.EXECUTOR).metrics().split("\n")) {
            if (line.startsWith("dflux_replication_lag_seconds{") && line.contains(label)) {
                return OptionalDouble.of(Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1).strip()) * 1000);
            }
        }
        return OptionalDouble.empty();
    }

    /** {@code GET /api/v1/migrations/{id}/replication} of the Executor. */
    public JsonPath replication() {
        Response response = tenant.to(DfluxStack.EXECUTOR).accept(ContentType.JSON)
                .get(TenantClient.MIGRATIONS + "/" + id + "/replication");
        assertThat(response.statusCode()).as("GET replication of %s: %s", id, response.asString()).isEqualTo(200);
        return response.jsonPath();
    }

    /** {@code DELETE /api/v1/migrations/{id}}: every service cleans up after it, the Executor its slot. */
    public void delete() {
        Response response = tenant.to(DfluxStack.DISCOVERY).delete(TenantClient.MIGRATIONS + "/" + id);
        assertThat(response.statusCode()).as("DELETE %s: %s", id, response.asString()).isEqualTo(204);
    }

    /** Seconds between the first events of two types, from their {@code occurredAt}; null if either is missing. */
    private static Double secondsBetween(JsonPath timeline, String fromType, String toType) {
        Instant from = occurredAt(timeline, fromType);
        Instant to = occurredAt(timeline, toType);
        return from == null || to == null ? null : Duration.between(from, to).toNanos() / 1e9;
    }

    private static Instant occurredAt(JsonPath timeline, String type) {
        Object value = timeline.get("events.find { it.type == '" + type + "' }.occurredAt");
        if (value instanceof Number epochSeconds) {
            return Instant.ofEpochMilli(Math.round(epochSeconds.doubleValue() * 1000));
        }
        return value == null ? null : Instant.parse(value.toString());
    }
}
