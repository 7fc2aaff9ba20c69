package ai.dflux.systemtests.replication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ai.dflux.systemtests.DfluxStack;
import ai.dflux.systemtests.TenantClient;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

/** The Executor's replication API ({@code /api/v1/migrations/{id}/replication}) as one tenant calls it. */
public final class ReplicationApi {

    public static final String PROBLEM_JSON = "application/problem+json";

    private final TenantClient tenant;

    public ReplicationApi(TenantClient tenant) {
        this.tenant = tenant;
    }

    public static String path(String id) {
        return TenantClient.MIGRATIONS + "/" + id + "/replication";
    }

    /** {@code GET .../replication}, which must answer 200. */
    public JsonPath view(String id) {
        return tenant.to(DfluxStack.EXECUTOR).get(path(id)).then().statusCode(200).extract().jsonPath();
    }

    /** {@code POST .../replication/<action>}: start, pause, resume or stop. */
    public Response post(String id, String action) {
        return tenant.to(DfluxStack.EXECUTOR).post(path(id) + "/" + action);
    }

    /** Posts an action that must be refused with 409 and a problem document. */
    public void assertRefused(String id, String action) {
        Response refused = post(id, action);
        assertThat(refused.statusCode()).as("POST %s/%s: %s", path(id), action, refused.asString()).isEqualTo(409);
        assertThat(refused.contentType()).as("content type of the refused %s", action).startsWith(PROBLEM_JSON);
    }

    /** Posts an action that must be accepted; returns the view it answers with. */
    public JsonPath assertAccepted(String id, String action) {
        Response accepted = post(id, action);
        assertThat(accepted.statusCode()).as("POST %s/%s: %s", path(id), action, accepted.asString()).isEqualTo(200);
        return accepted.jsonPath();
    }

    /**
     * Polls the view until {@code wanted} holds; prints each new state, fails early if the replication failed and
     * shows the last view on a timeout. Polls that get no view are skipped: the executor restarts, or has not yet
     * consumed the migration's first event (404).
     */
    public JsonPath awaitView(String id, String what, Predicate<JsonPath> wanted, Duration timeout) {
        AtomicReference<String> lastState = new AtomicReference<>();
        return await(what + " for " + id).atMost(timeout).pollInterval(Duration.ofMillis(100))
                .ignoreExceptionsMatching(e -> !(e instanceof AssertionError) || isNoView(e))
                .until(() -> {
                    JsonPath view = view(id);
                    String state = view.getString("replication.state");
                    if (state != null && !state.equals(lastState.getAndSet(state))) {
                        System.out.printf("[e2e] %s: replication %s (%s)%n", id, state, view.getString("detail"));
                    }
                    assertThat(state).as("the replication failed: %s", view.prettify()).isNotEqualTo("FAILED");
                    return view;
                }, wanted);
    }

    /** {@code replication.state} of the view. */
    public static Predicate<JsonPath> state(String state) {
        return view -> state.equals(view.getString("replication.state"));
    }

    /** A number of the view, 0 where the view has none (yet). */
    public static double numberAt(JsonPath view, String path) {
        Object value = view.get(path);
        return value instanceof Number number ? number.doubleValue() : 0;
    }

    /** The view shows {@code state} and a positive number at {@code path}. */
    public static Predicate<JsonPath> stateWithProgress(String state, String path) {
        return view -> state.equals(view.getString("replication.state")) && numberAt(view, path) > 0;
    }

    /** The event types of the migration's timeline, in order. */
    public List<String> eventTypes(String id) {
        return tenant.timeline(id).getList("events.type", String.class);
    }

    /** {@code GET /api/v1/migrations/{id}} on discovery. */
    public JsonPath migration(String id) {
        return tenant.to(DfluxStack.DISCOVERY).get(TenantClient.MIGRATIONS + "/" + id).then().statusCode(200)
                .extract().jsonPath();
    }

    /** {@code DELETE /api/v1/migrations/{id}} on discovery, which must answer 204. */
    public void deleteMigration(String id) {
        tenant.to(DfluxStack.DISCOVERY).delete(TenantClient.MIGRATIONS + "/" + id).then().statusCode(204);
    }

    private static boolean isNoView(Throwable e) {
        return String.valueOf(e.getMessage()).contains("Expected status code <200> but was <");
    }
}
