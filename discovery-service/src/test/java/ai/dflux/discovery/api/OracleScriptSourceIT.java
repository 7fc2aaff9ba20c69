package ai.dflux.discovery.api;

import static ai.dflux.discovery.api.Requests.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import ai.dflux.contracts.events.EventCodec;
import ai.dflux.testkit.ControlPlane;
import ai.dflux.testkit.ControlPlaneTestResource;
import ai.dflux.testkit.Corpora;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = ControlPlaneTestResource.class, restrictToAnnotatedClass = false)
class OracleScriptSourceIT {

    @Test
    void discoversAnOracleSourceFromItsSchemaScript() throws Exception {
        String script = Files.readString(Corpora.file("sakila/oracle/oracle-sakila-schema.sql"));
        String id = MigrationRegistryIT.create("tenant-a", body(script));

        MigrationRegistryIT.awaitPhase("tenant-a", id, "CONVERTING");

        as("tenant-a").get("/api/v1/migrations/{id}", id).then()
                .body("source.dialect", equalTo("oracle"))
                .body("source.database", equalTo("oracle-sakila-schema.sql"));
        as("tenant-a").get("/api/v1/migrations/{id}/report", id).then().statusCode(200)
                .body("counts.tables", equalTo(16))
                .body("counts.sequences", equalTo(13))
                .body("counts.triggers", equalTo(30));
        as("tenant-a").get("/api/v1/migrations/{id}/findings", id).then()
                .body("ruleId", hasItems("ORACLE_SEQUENCE_TRIGGER", "ORACLE_DATE_WITH_TIME"));
    }

    @Test
    void aScriptWithoutSqlFailsTheMigrationWithAClearReason() throws Exception {
        String id = MigrationRegistryIT.create("tenant-a", body("this is not a schema script at all"));

        MigrationRegistryIT.awaitPhase("tenant-a", id, "FAILED");

        as("tenant-a").get("/api/v1/migrations/{id}", id).then()
                .body("failureReason", equalTo("SOURCE_SCRIPT_INVALID"))
                .body("failureMessage", containsString("Oracle script"));
    }

    @Test
    void aPartlyUnreadableScriptGivesAPartialCatalogAndSaysWhere() throws Exception {
        String script = "CREATE TABLE ok_table (id NUMBER(10) PRIMARY KEY);\n"
                + "CREATE TABLE broken (id NUMBER(10) PRIMARY KEY, name VARCHAR2(10) DEFAULT 'never closed);\n";
        String id = MigrationRegistryIT.create("tenant-a", body(script));

        MigrationRegistryIT.awaitPhase("tenant-a", id, "CONVERTING");

        as("tenant-a").get("/api/v1/migrations/{id}/catalog", id).then()
                .body("partial", equalTo(true))
                .body("tables.name", hasItem("OK_TABLE"));
        as("tenant-a").get("/api/v1/migrations/{id}/findings", id).then()
                .body("find { it.ruleId == 'CATALOG_PARTIAL' }.message", containsString("line"));
    }

    private static String body(String script) throws Exception {
        Map<String, Object> source = Map.of("dialect", "oracle", "script", script, "scriptName",
                "oracle-sakila-schema.sql");
        Map<String, Object> target = Map.of("dialect", "postgresql", "host", "127.0.0.1", "port",
                ControlPlane.postgres().port(), "database", "target", "username", "postgres", "password", "");
        return EventCodec.mapper().writeValueAsString(Map.of("name", "sakila-oracle", "source", source, "target",
                target, "options", Map.of()));
    }
}
