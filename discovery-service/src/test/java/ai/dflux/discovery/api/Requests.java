package ai.dflux.discovery.api;

import static io.restassured.RestAssured.given;

import ai.dflux.testkit.ControlPlane;
import ai.dflux.testkit.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Request bodies and authenticated requests for the registry tests. */
final class Requests {

    private Requests() {
    }

    static RequestSpecification as(String tenant) {
        return given().auth().oauth2(TestTokens.forTenant(tenant)).contentType(ContentType.JSON);
    }

    static String migrationOf(String sourceDatabase) {
        return migration(sourceDatabase, ControlPlane.postgres().port());
    }

    static String migration(String sourceDatabase, int sourcePort) {
        return """
                {"name": "shop", "source": {"dialect": "postgresql", "host": "127.0.0.1", "port": %d,
                 "database": "%s", "username": "postgres", "password": "source-secret-pw"},
                 "target": {"dialect": "postgresql", "host": "127.0.0.1", "port": %d, "database": "target",
                 "username": "postgres", "password": "target-secret-pw"}, "options": {}}
                """.formatted(sourcePort, sourceDatabase, ControlPlane.postgres().port());
    }
}
