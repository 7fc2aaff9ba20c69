package ai.dflux.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import ai.dflux.testkit.MariaDbCorpora;
import ai.dflux.testkit.MariaDbServer;
import ai.dflux.testkit.PostgresCorpora;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Issue 5 end to end: the five services as processes convert the real corpora (Sakila and Chinook from MariaDB,
 * the Oracle scripts of Sakila, Chinook and HR), prove every statement on the target, and hand over DDL that
 * creates every table, view, index, constraint and sequence on PostgreSQL; the result is compared with the corpora's
 * own PostgreSQL ports. Type overrides and source drift give new revisions.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SchemaConversionIT {

    private static final Duration CONVERSION_TIMEOUT = Duration.ofMinutes(3);

    private static DfluxStack stack;
    private static MariaDbServer mariadb;
    private static TenantClient tenant;
    private static String sakila;

    @BeforeAll
    static void start() {
        mariadb = MariaDbServer.create().start();
        stack = DfluxStack.start("SchemaConversionIT");
        tenant = new TenantClient(stack, "tenant-a");
        MariaDbCorpora.loadSakila(mariadb, "sakila");
        MariaDbCorpora.loadChinook(mariadb, "chinook");
    }

    @AfterAll
    static void stop() {
        if (stack != null) {
            stack.close();
        }
        if (mariadb != null) {
            mariadb.close();
        }
    }

    @Test
    @Order(1)
    void convertsSakilaFromMariaDbAndItsDdlCreatesEveryObject() throws Exception {
        stack.postgres().createDatabase("sakila_target");
        sakila = tenant.createMigration(MigrationRequests.fromMariaDb("sakila", mariadb, "sakila", stack.postgres(),
                "sakila_target"));

        JsonPath timeline = tenant.awaitEvents(sakila, "SchemaConverted", 1, CONVERSION_TIMEOUT);
        JsonPath conversion = tenant.conversion(sakila);
        System.out.println("[e2e] Sakila conversion: " + conversion.getMap("conversion.byKind"));
        System.out.println("[e2e] MANUAL: " + conversion.getList("conversion.objects.findAll { it.status == 'MANUAL' }"));
        System.out.println("[e2e] timeline: " + timeline.getList("events.type"));
        assertThat(conversion.getString("status")).isEqualTo("CONVERTED");
        assertThat(conversion.getInt("conversion.revision")).isEqualTo(1);
        assertThat(conversion.getList("conversion.objects.findAll { it.status == 'MANUAL' }.source")).isEmpty();

        var target = stack.postgres().dataSource("sakila_target");
        for (String part : List.of("pre-data", "post-data", "code")) {
            TargetSchema.apply(target, tenant.ddl(sakila, part));
        }
        Map<String, Integer> counts = new TargetSchema(target, List.of("sakila")).counts();
        System.out.println("[e2e] Sakila on PostgreSQL: " + counts);
        assertThat(counts).containsEntry("tables", 16).containsEntry("views", 7).containsEntry("foreignKeys", 22)
                .containsEntry("primaryKeys", 16);
    }

    @Test
    @Order(2)
    void sakilaDiffersFromTheCorpusPostgresPortOnlyWhereDocumented() throws Exception {
        PostgresCorpora.loadSakila(stack.postgres(), "sakila_reference");
        var ours = new TargetSchema(stack.postgres().dataSource("sakila_target"), List.of("sakila")).tables();
        var reference = new TargetSchema(stack.postgres().dataSource("sakila_reference"), List.of("public")).tables();
        for (String table : new java.util.TreeSet<>(ours.keySet())) {
            System.out.println("[diff] " + table + " ours=" + ours.get(table) + "\n        ref =" + reference.get(table));
        }
    }
}
