package ai.dflux.discovery.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import ai.dflux.testkit.ControlPlaneTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = ControlPlaneTestResource.class, restrictToAnnotatedClass = false)
class ServiceEndpointsIT {

    @Test
    void isReadyWhenItsSchemaAndKafkaAreReachable() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("control-plane schema discovery"));
        given().get("/q/health/ready").then().body(containsString("afka"));
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void publishesItsOwnMetricsAndOpenApi() {
        Requests.as("tenant-m").body(Requests.migrationOf("whatever")).post("/api/v1/migrations").then()
                .statusCode(201);
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("dflux_migrations_created_total{tenant=\"tenant-m\"}"));
        given().get("/q/openapi").then().statusCode(200).body(containsString("/api/v1/migrations/{id}/timeline"));
    }
}
