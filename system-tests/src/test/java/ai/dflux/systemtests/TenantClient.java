package ai.dflux.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ai.dflux.contracts.events.EventCodec;
import ai.dflux.testkit.TestTokens;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** One tenant's calls on the dflux API of a running {@link DfluxStack}, as the gateway would route them. */
public final class TenantClient {

    public static final String MIGRATIONS = "/api/v1/migrations";
    private static final RestAssuredConfig HTTP = RestAssuredConfig.config().httpClient(HttpClientConfig
            .httpClientConfig().setParam("http.connection.timeout", 5_000).setParam("http.socket.timeout", 60_000));

    private final DfluxStack stack;
    private final String token;

    public TenantClient(DfluxStack stack, String tenant) {
        this.stack = stack;
        this.token = TestTokens.forTenant(tenant);
    }

    /** A request to one service, with this tenant's token. */
    public RequestSpecification to(String service) {
        return given().config(HTTP).baseUri(stack.service(service).url()).auth().oauth2(token);
    }

    /** Registers a migration; returns its id. */
    public String createMigration(Map<String, Object> request) {
        Response created = to(DfluxStack.DISCOVERY).contentType(ContentType.JSON).body(json(request))
                .post(MIGRATIONS);
        assertThat(created.statusCode()).as("POST %s: %s", MIGRATIONS, created.asString()).isEqualTo(201);
        return created.jsonPath().getString("id");
    }

    public JsonPath timeline(String id) {
        return to(DfluxStack.DISCOVERY).get(MIGRATIONS + "/" + id + "/timeline").then().statusCode(200).extract()
                .jsonPath();
    }

    /** Waits until the timeline holds {@code count} events of {@code type}; fails early if the migration failed. */
    public JsonPath awaitEvents(String id, String type, int count, Duration timeout) {
        return awaitEvents(id, type, count, timeout, Duration.ofMillis(500));
    }

    /** As {@link #awaitEvents(String, String, int, Duration)}, reading the timeline every {@code pollInterval}. */
    public JsonPath awaitEvents(String id, String type, int count, Duration timeout, Duration pollInterval) {
        return await(count + " x " + type + " on the timeline of " + id).atMost(timeout)
                .pollInterval(pollInterval)
                .until(() -> {
                    JsonPath timeline = timeline(id);
                    List<String> types = timeline.getList("events.type", String.class);
                    assertThat(types).as("the migration failed: %s", timeline.prettify())
                            .doesNotContain("MigrationFailed");
                    return timeline;
                }, timeline -> timeline.getList("events.type", String.class).stream().filter(type::equals)
                        .count() >= count);
    }

    /** {@code GET .../conversion}, as JSON. */
    public JsonPath conversion(String id) {
        return to(DfluxStack.COMPATIBILITY).accept(ContentType.JSON).get(MIGRATIONS + "/" + id + "/conversion")
                .then().statusCode(200).extract().jsonPath();
    }

    /** One DDL part of the latest revision as a script. */
    public String ddl(String id, String part) {
        return to(DfluxStack.COMPATIBILITY).get(MIGRATIONS + "/" + id + "/conversion/ddl/" + part).then()
                .statusCode(200).extract().asString();
    }

    public static String json(Object value) {
        try {
            return EventCodec.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
