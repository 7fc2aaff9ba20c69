package ai.dflux.discovery.api;

import static ai.dflux.discovery.api.Requests.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import ai.dflux.testkit.ControlPlane;
import ai.dflux.testkit.ControlPlaneTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
@QuarkusTestResource(value = ControlPlaneTestResource.class, restrictToAnnotatedClass = false)
class BadRequestsIT {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            "port": 5432                        | "port": "abc"                 | source.port
            "port": 5432                        | "port": 70000                 | source.port
            "host": "127.0.0.1"                 | "host": "no spaces allowed"   | source.host
            "dialect": "postgresql", "host"     | "dialect": "db2", "host"      | source.dialect
            "name": "shop",                     | "name": "",                   | name
            "options": {}                       | "options": {"fast": "true"}   | options.fast
            "options": {}                       | "options": {"manualStart": 1} | options.manualStart
            "database": "target",               | "database": "",               | target.database
            "username": "postgres", "password": "source-secret-pw" | "username": "postgres" | source.password
            {                                   | [                             | body
            "options": {}                       | "options": {} ,,              | body
            """)
    void refusesTheRequestNamingTheFieldAndStoresNothing(String valid, String broken, String field) throws Exception {
        String base = Requests.migration("shop", 5432);
        String body = base.replaceFirst(Pattern.quote(valid), Matcher.quoteReplacement(broken));
        assertThat(body).as("the test case must change the body").isNotEqualTo(base);
        long before = storedRows();

        as("tenant-a").body(body).post("/api/v1/migrations").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors.field", hasItem(field));

        assertThat(storedRows()).isEqualTo(before);
    }

    @org.junit.jupiter.api.Test
    void refusesAnEmptyBody() {
        as("tenant-a").post("/api/v1/migrations").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("body"));
    }

    private static long storedRows() throws Exception {
        try (Connection c = ControlPlane.postgres().dataSource("dflux").getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select (select count(*) from discovery.migration)"
                        + " + (select count(*) from discovery.outbox)")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
