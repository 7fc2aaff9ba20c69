package ai.dflux.compatibility.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import ai.dflux.testkit.ControlPlaneTestResource;
import ai.dflux.testkit.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The refusals of the internal conversion API; the Executor reading real revisions is shown end to end in system-tests. */
@QuarkusTest
@QuarkusTestResource(value = ControlPlaneTestResource.class, restrictToAnnotatedClass = false)
class AgentConversionApiIT {

    private static final String PATH = "/internal/v1/migrations/{id}/conversion";
    private static final String AGENT = TestTokens.forAgent("executor-service");

    @Test
    void refusesTenantTokensAndMissingTokens() {
        UUID id = UUID.randomUUID();
        given().auth().oauth2(TestTokens.forTenant("tenant-a")).queryParam("tenant", "tenant-a")
                .queryParam("revision", 1).get(PATH, id).then().statusCode(403);
        given().queryParam("tenant", "tenant-a").queryParam("revision", 1).get(PATH, id).then().statusCode(401);
    }

    @Test
    void namesAMissingTenantOrRevision() {
        UUID id = UUID.randomUUID();
        given().auth().oauth2(AGENT).queryParam("revision", 1).get(PATH, id).then().statusCode(400)
                .body("errors[0].field", equalTo("tenant"));
        given().auth().oauth2(AGENT).queryParam("tenant", "tenant-a").get(PATH, id).then().statusCode(400)
                .body("errors[0].field", equalTo("revision"));
    }

    @Test
    void doesNotFindAMigrationItDoesNotFollow() {
        given().auth().oauth2(AGENT).queryParam("tenant", "tenant-a").queryParam("revision", 1)
                .get(PATH, UUID.randomUUID()).then().statusCode(404).contentType("application/problem+json");
    }
}
