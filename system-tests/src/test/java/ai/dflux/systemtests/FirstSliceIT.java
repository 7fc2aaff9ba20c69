package ai.dflux.systemtests;

import static ai.dflux.systemtests.DfluxStack.COMPATIBILITY;
import static ai.dflux.systemtests.DfluxStack.EXECUTOR;
import static ai.dflux.systemtests.DfluxStack.ROLLBACK;
import static ai.dflux.systemtests.DfluxStack.VALIDATION;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ai.dflux.testkit.FreePorts;
import ai.dflux.testkit.TestTokens;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The first end-to-end slice (issue 3, point 6): the five services as real processes from their jars, on a real
 * PostgreSQL and a real Kafka broker. A tenant registers a migration of a small shop database; discovery reads the
 * source and announces it; every agent consumes the events and shows them; other tenants see nothing; an unreachable
 * source fails the migration cleanly; and Kafka going away turns every service not-ready until it comes back.
 *
 * <p>One stack for the whole class; the tests run in order because the later ones build on the first migration.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FirstSliceIT {

    private static final String TENANT_A = "tenant-a";
    private static final String TENANT_B = "tenant-b";
    private static final String SOURCE_DB = "shop_source";
    private static final String TARGET_DB = "shop_target";

    /** Each agent and the part of a migration it serves under {@code /api/v1/migrations/{id}/<part>}. */
    private static final Map<String, String> AGENT_PARTS = agentParts();

    private static final Duration DISCOVERY_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration AGENTS_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration NOT_READY_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration READY_AGAIN_TIMEOUT = Duration.ofSeconds(90);
    private static final String MIGRATIONS = "/api/v1/migrations";
    private static final String PROBLEM_JSON = "application/problem+json";

    private static final RestAssuredConfig HTTP = RestAssuredConfig.config().httpClient(HttpClientConfig.httpClientConfig()
            .setParam("http.connection.timeout", 5_000)
            .setParam("http.socket.timeout", 30_000));

    private static DfluxStack stack;
    private static String tokenA;
    private static String tokenB;
    /** The migration of the shop database registered by the first test. */
    private static String shopMigration;

    @BeforeAll
    static void startStack() {
        tokenA = TestTokens.forTenant(TENANT_A);
        tokenB = TestTokens.forTenant(TENANT_B);
        stack = DfluxStack.start("FirstSliceIT");
        ShopDatabase.create(stack.postgres(), SOURCE_DB);
        stack.postgres().createDatabase(TARGET_DB);
    }

    @AfterAll
    static void stopStack() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    @Order(1)
    void discoveryReadsTheSourceCompatibilityConvertsItAndEveryAgentSeesBoth() {
        Response created = discovery(tokenA).contentType(ContentType.JSON)
                .body(migrationRequest("shop", stack.postgres().port()))
                .post(MIGRATIONS);
        assertThat(created.statusCode()).as("POST %s: %s", MIGRATIONS, created.asString()).isEqualTo(201);
        assertThat(created.jsonPath().getString("phase")).isEqualTo("CREATED");
        shopMigration = created.jsonPath().getString("id");
        assertThat(created.asString()).as("a password is never returned").doesNotContain("\"password\"");

        awaitPhase(shopMigration, "CONVERTING");

        assertCatalogMatchesTheShop(shopMigration);
        assertTimelineShowsDiscovery(shopMigration);
        awaitAgentsSawTheSchemaConverted(shopMigration);

        for (String agent : AGENT_PARTS.keySet()) {
            String metrics = stack.service(agent).metrics();
            assertThat(metricLines(metrics, "dflux_events_consumed_total", shopMigration))
                    .as("%s counts the events it consumed for the migration", agent)
                    .anySatisfy(line -> assertThat(line).contains("type=\"SchemaDiscovered\"")
                            .contains("tenant=\"" + TENANT_A + "\""));
            assertThat(metricLines(metrics, "dflux_tracked_events", shopMigration))
                    .as("%s shows how many events of the migration it applied", agent)
                    .singleElement().satisfies(line -> assertThat(sampleValue(line)).isEqualTo(4.0));
        }
        assertThat(metricLines(stack.discovery().metrics(), "dflux_migrations_created_total", null))
                .anySatisfy(line -> assertThat(line).contains("tenant=\"" + TENANT_A + "\""));
    }

    @Test
    @Order(2)
    void anotherTenantGetsNotFoundForEveryPartOfTheMigration() {
        assertThat(shopMigration).as("the first test registered the migration").isNotNull();
        for (String path : List.of("", "/timeline", "/catalog")) {
            assertNotFound(discovery(tokenB), MIGRATIONS + "/" + shopMigration + path);
        }
        AGENT_PARTS.forEach((agent, part) -> assertNotFound(api(stack.service(agent), tokenB),
                MIGRATIONS + "/" + shopMigration + "/" + part));

        List<String> listedForB = discovery(tokenB).get(MIGRATIONS).then().statusCode(200)
                .extract().jsonPath().getList("id");
        assertThat(listedForB).doesNotContain(shopMigration);
        given().config(HTTP).baseUri(stack.discovery().url()).get(MIGRATIONS + "/" + shopMigration)
                .then().statusCode(401);
    }

    @Test
    @Order(3)
    void unreachableSourceFailsTheMigrationAndNoServiceCrashes() {
        int nothingListens = FreePorts.pick();
        String id = createMigration("unreachable", nothingListens);

        JsonPath failed = awaitPhase(id, "FAILED");
        assertThat(failed.getString("failureReason")).isEqualTo("SOURCE_UNREACHABLE");
        assertThat(failed.getString("failureMessage")).isNotBlank();

        JsonPath timeline = await("timeline of " + id + " ends with MigrationFailed").atMost(AGENTS_TIMEOUT)
                .pollInterval(Duration.ofMillis(500))
                .until(() -> timeline(id), t -> t.getList("events.type").contains("MigrationFailed"));
        assertThat(timeline.getList("events.type", String.class))
                .containsExactly("MigrationCreated", "DiscoveryStarted", "MigrationFailed");
        assertThat(timeline.getString("phase")).isEqualTo("FAILED");
        assertThat(timeline.getString("events[2].producer")).isEqualTo("discovery-service");
        assertThat(timeline.getString("events[2].payload.reason")).isEqualTo("SOURCE_UNREACHABLE");

        AGENT_PARTS.forEach((agent, part) -> await(agent + " sees the failure of " + id).atMost(AGENTS_TIMEOUT)
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> {
                    JsonPath view = agentView(agent, id, tokenA);
                    assertThat(view.getString("lastEventType")).isEqualTo("MigrationFailed");
                    assertThat(view.getString("phase")).isEqualTo("FAILED");
                    assertThat(view.getString("failureReason")).isEqualTo("SOURCE_UNREACHABLE");
                }));

        for (ServiceProcess service : stack.services()) {
            assertThat(service.isAlive()).as("%s is still running", service.name()).isTrue();
            assertThat(service.readiness().status()).as("%s is still ready", service.name()).isEqualTo(200);
        }
    }

    @Test
    @Order(4)
    void losingKafkaTurnsEveryServiceNotReadyAndItsReturnBringsThemBackWithoutARestart() {
        Map<String, Long> pids = new LinkedHashMap<>();
        stack.services().forEach(service -> pids.put(service.name(), service.pid()));

        long killedAt = System.nanoTime();
        stack.kafka().kill();
        inParallel(stack.services(), service -> {
            ServiceProcess.Health down = service.awaitNotReady(remaining(NOT_READY_TIMEOUT, killedAt));
            System.out.printf(Locale.ROOT, "[e2e] %-22s DOWN     %5.1f s after Kafka was killed%n", service.name(),
                    secondsSince(killedAt));
            assertThat(kafkaCheckStatus(down)).as("Kafka check in the readiness report of %s: %s", service.name(),
                    down.body()).isEqualTo("DOWN");
        });
        assertAllAliveWith(pids);

        // Registered while Kafka is away: the registry takes it, and its event must follow once Kafka is back.
        String duringOutage = createMigration("during-outage", stack.postgres().port());

        long restartedAt = System.nanoTime();
        stack.kafka().restart();
        System.out.printf(Locale.ROOT, "[e2e] Kafka back in %.1f s (same port, same data)%n", secondsSince(restartedAt));
        inParallel(stack.services(), service -> {
            service.awaitReady(remaining(READY_AGAIN_TIMEOUT, restartedAt));
            System.out.printf(Locale.ROOT, "[e2e] %-22s UP again %5.1f s after Kafka was restarted%n",
                    service.name(), secondsSince(restartedAt));
        });
        assertAllAliveWith(pids);

        String afterRestart = createMigration("after-restart", stack.postgres().port());
        for (String id : List.of(afterRestart, duringOutage)) {
            awaitPhase(id, "CONVERTING");
            awaitAgentsSawTheSchemaConverted(id);
        }
    }

    @Test
    @Order(5)
    void aMigrationCommittedJustBeforeACrashOfDiscoveryIsStillAnnouncedAndDiscoveredOnce() throws Exception {
        String id = createMigration("before-crash", stack.postgres().port());
        stack.crashAndRestart(DfluxStack.DISCOVERY);
        System.out.printf(Locale.ROOT, "[e2e] at the crash the outbox held %s%n", outboxStateOf(id));

        awaitPhase(id, "CONVERTING");
        awaitAgentsSawTheSchemaConverted(id);
        JsonPath timeline = await("timeline of " + id).atMost(DISCOVERY_TIMEOUT)
                .until(() -> discovery(tokenA).get(MIGRATIONS + "/" + id + "/timeline").then().statusCode(200)
                        .extract().jsonPath(), t -> t.getList("events.type").contains("SchemaConverted"));
        assertThat(timeline.getList("events.type", String.class))
                .as("each event once, in order, across the crash")
                .containsExactly("MigrationCreated", "DiscoveryStarted", "SchemaDiscovered", "SchemaConverted");
    }

    @Test
    @Order(6)
    void aColumnAddedOnTheSourceWhileTheMigrationRunsReachesTheTimelineAndEveryAgentAsDrift() throws Exception {
        assertThat(shopMigration).as("the first test registered the migration").isNotNull();
        try (var connection = stack.postgres().dataSource(SOURCE_DB).getConnection();
                var statement = connection.createStatement()) {
            statement.execute("alter table customers add column gift_note text");
        }
        long changedAt = System.nanoTime();

        JsonPath timeline = await("SchemaDriftDetected of " + shopMigration)
                .atMost(DfluxStack.DRIFT_INTERVAL.multipliedBy(2).plusSeconds(15)).pollInterval(Duration.ofMillis(250))
                .until(() -> discovery(tokenA).get(MIGRATIONS + "/" + shopMigration + "/timeline").then()
                        .statusCode(200).extract().jsonPath(),
                        t -> t.getList("events.type", String.class).contains("SchemaDriftDetected"));
        System.out.printf(Locale.ROOT, "[e2e] SchemaDriftDetected %.1f s after the column was added (scan every %d s)%n",
                secondsSince(changedAt), DfluxStack.DRIFT_INTERVAL.toSeconds());
        assertThat(timeline.getList("events.find { it.type == 'SchemaDriftDetected' }.payload.changes.object",
                String.class)).contains("public.customers.gift_note");
        assertThat(timeline.getString("events.find { it.type == 'SchemaDriftDetected' }.producer"))
                .isEqualTo("discovery-service");
        JsonPath reconverted = await("the drift reconverted for " + shopMigration).atMost(AGENTS_TIMEOUT)
                .pollInterval(Duration.ofMillis(250))
                .until(() -> timeline(shopMigration), t -> t.getList("events.type", String.class).stream()
                        .filter("SchemaConverted"::equals).count() == 2);
        assertThat(reconverted.getInt("events.findAll { it.type == 'SchemaConverted' }[1].payload.deltaFromRevision"))
                .isEqualTo(1);
        assertThat(reconverted.getBoolean("events.findAll { it.type == 'SchemaConverted' }[1].payload.additiveOnly"))
                .isTrue();
        AGENT_PARTS.forEach((agent, part) -> await(agent + " sees the drift and its reconversion")
                .atMost(AGENTS_TIMEOUT).untilAsserted(() -> assertThat(agentView(agent, shopMigration, tokenA)
                        .getLong("eventsSeen")).isEqualTo(6)));
    }

    /** Whether the migration's events were still waiting in discovery's outbox, for the test's log. */
    private static String outboxStateOf(String id) throws java.sql.SQLException {
        try (var connection = stack.postgres().dataSource(DfluxStack.CONTROL_PLANE_DATABASE).getConnection();
                var statement = connection.prepareStatement("select event_type, published_at is not null"
                        + " from discovery.outbox where migration_id = ?::uuid order by id")) {
            statement.setString(1, id);
            var rows = new java.util.ArrayList<String>();
            try (var rs = statement.executeQuery()) {
                while (rs.next()) {
                    rows.add(rs.getString(1) + (rs.getBoolean(2) ? " (published)" : " (pending)"));
                }
            }
            return rows.toString();
        }
    }

    // ---- steps

    private static String createMigration(String name, int sourcePort) {
        Response created = discovery(tokenA).contentType(ContentType.JSON)
                .body(migrationRequest(name, sourcePort))
                .post(MIGRATIONS);
        assertThat(created.statusCode()).as("POST %s: %s", MIGRATIONS, created.asString()).isEqualTo(201);
        return created.jsonPath().getString("id");
    }

    private static JsonPath awaitPhase(String id, String phase) {
        return await("migration " + id + " in phase " + phase).atMost(DISCOVERY_TIMEOUT)
                .pollInterval(Duration.ofMillis(250))
                .until(() -> discovery(tokenA).get(MIGRATIONS + "/" + id).then().statusCode(200).extract().jsonPath(),
                        view -> {
                            String now = view.getString("phase");
                            if (!phase.equals(now) && "FAILED".equals(now)) {
                                throw new AssertionError("migration " + id + " FAILED instead of reaching " + phase
                                        + ": " + view.getString("failureReason") + " " + view.getString("failureMessage"));
                            }
                            return phase.equals(now);
                        });
    }

    private static void assertCatalogMatchesTheShop(String id) {
        JsonPath catalog = discovery(tokenA).get(MIGRATIONS + "/" + id + "/catalog")
                .then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> tables = catalog.getList("tables");
        assertThat(tables).extracting(table -> table.get("name"))
                .containsExactlyInAnyOrderElementsOf(ShopDatabase.ROWS.keySet());
        for (Map<String, Object> table : tables) {
            String name = (String) table.get("name");
            assertThat(table.get("schema")).isEqualTo("public");
            assertThat(((Number) table.get("rowEstimate")).longValue()).as("row estimate of %s", name)
                    .isEqualTo(ShopDatabase.ROWS.get(name).longValue());
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> columns = (List<Map<String, Object>>) table.get("columns");
            assertThat(columns).as("columns of %s", name).extracting(column -> column.get("name"))
                    .containsExactlyElementsOf(ShopDatabase.COLUMNS.get(name));
            assertThat(columns).as("column types of %s", name)
                    .allSatisfy(column -> assertThat((String) column.get("dataType")).isNotBlank());
        }
        assertThat(catalog.getList("tables.find { it.name == 'order_items' }.primaryKey"))
                .containsExactly("order_id", "line_no");
        assertThat(catalog.getList("tables.find { it.name == 'orders' }.foreignKeys.referencedTable"))
                .containsExactly("customers");
        assertThat(catalog.getList("tables.find { it.name == 'order_items' }.foreignKeys.referencedTable"))
                .containsExactlyInAnyOrder("orders", "product");
        assertThat(catalog.getString("tables.find { it.name == 'product' }.columns.find { it.name == 'price' }.dataType"))
                .isEqualTo("numeric(10,2)");
    }

    private static void assertTimelineShowsDiscovery(String id) {
        JsonPath timeline = await("timeline of " + id + " shows SchemaDiscovered").atMost(AGENTS_TIMEOUT)
                .pollInterval(Duration.ofMillis(250))
                .until(() -> timeline(id), t -> t.getList("events.type").contains("SchemaDiscovered"));
        assertThat(timeline.getString("phase")).isEqualTo("CONVERTING");
        assertThat(timeline.getList("events.type", String.class))
                .startsWith("MigrationCreated", "DiscoveryStarted", "SchemaDiscovered");
        assertThat(timeline.getList("events.producer", String.class).subList(0, 3)).containsOnly("discovery-service");
        List<Long> seqs = timeline.getList("events.seq", Long.class);
        assertThat(seqs).isSorted().doesNotHaveDuplicates();
        String createdEvent = timeline.getString("events[0].eventId");
        assertThat(timeline.getString("events[1].causationId")).as("DiscoveryStarted is caused by MigrationCreated")
                .isEqualTo(createdEvent);
        assertThat(timeline.getString("events[2].causationId")).as("SchemaDiscovered is caused by MigrationCreated")
                .isEqualTo(createdEvent);

        assertThat(timeline.getInt("events[2].payload.tables")).isEqualTo(ShopDatabase.ROWS.size());
        assertThat(timeline.getInt("events[2].payload.columns")).isEqualTo(ShopDatabase.totalColumns());
        assertThat(timeline.getLong("events[2].payload.rowEstimate")).isEqualTo(ShopDatabase.totalRows());
        assertThat(timeline.getString("events[2].payload.catalogRef")).isEqualTo(MIGRATIONS + "/" + id + "/catalog");
        assertThat(timeline.prettify()).as("no password travels in an event").doesNotContain("\"password\"");
    }

    /** Discovery's three events and compatibility's SchemaConverted reach every agent, each applied once. */
    private static void awaitAgentsSawTheSchemaConverted(String id) {
        long since = System.nanoTime();
        AGENT_PARTS.forEach((agent, part) -> await(agent + " sees SchemaConverted of " + id).atMost(AGENTS_TIMEOUT)
                .pollInterval(Duration.ofMillis(250))
                .untilAsserted(() -> {
                    JsonPath view = agentView(agent, id, tokenA);
                    assertThat(view.getString("migrationId")).isEqualTo(id);
                    assertThat(view.getString("lastEventType")).isEqualTo("SchemaConverted");
                    assertThat(view.getInt("tablesDiscovered")).isEqualTo(ShopDatabase.ROWS.size());
                    assertThat(view.getString("phase")).isEqualTo("CONVERTING");
                    assertThat(view.getLong("eventsSeen")).as("each of the four events applied once").isEqualTo(4);
                    assertThat(view.getString("status")).isNotBlank();
                }));
        JsonPath conversion = agentView(DfluxStack.COMPATIBILITY, id, tokenA);
        assertThat(conversion.getString("status")).isEqualTo("CONVERTED");
        assertThat(conversion.getInt("conversion.byStatus.MANUAL")).isZero();
        assertThat(conversion.getInt("conversion.byKind.TABLE.AUTO")).isEqualTo(ShopDatabase.ROWS.size());
        System.out.printf(Locale.ROOT, "[e2e] the four agents saw SchemaConverted of %s within %.1f s%n", id,
                secondsSince(since));
    }

    private static void assertNotFound(RequestSpecification request, String path) {
        Response response = request.get(path);
        assertThat(response.statusCode()).as("GET %s for another tenant: %s", path, response.asString()).isEqualTo(404);
        assertThat(response.contentType()).as("content type of GET %s", path).startsWith(PROBLEM_JSON);
        assertThat(response.asString()).as("the 404 of GET %s reveals nothing of the migration", path)
                .doesNotContain("shop_source", "\"shop\"", TENANT_A);
    }

    private static void assertAllAliveWith(Map<String, Long> pids) {
        for (ServiceProcess service : stack.services()) {
            assertThat(service.isAlive()).as("%s is still running", service.name()).isTrue();
            assertThat(service.pid()).as("%s was not restarted", service.name()).isEqualTo(pids.get(service.name()));
        }
    }

    /** Runs {@code check} for every service at once and fails with the first failure (the others suppressed). */
    private static void inParallel(List<ServiceProcess> services, Consumer<ServiceProcess> check) {
        ExecutorService pool = Executors.newFixedThreadPool(services.size());
        try {
            List<Future<?>> running = services.stream().<Future<?>>map(s -> pool.submit(() -> check.accept(s))).toList();
            AssertionError failed = null;
            for (Future<?> one : running) {
                try {
                    one.get();
                } catch (ExecutionException e) {
                    AssertionError error = e.getCause() instanceof AssertionError assertion ? assertion
                            : new AssertionError(e.getCause());
                    if (failed == null) {
                        failed = error;
                    } else {
                        failed.addSuppressed(error);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError("interrupted", e);
                }
            }
            if (failed != null) {
                throw failed;
            }
        } finally {
            pool.shutdownNow();
        }
    }

    // ---- HTTP

    private static RequestSpecification api(ServiceProcess service, String token) {
        return given().config(HTTP).baseUri(service.url()).auth().oauth2(token).accept(ContentType.JSON);
    }

    private static RequestSpecification discovery(String token) {
        return api(stack.discovery(), token);
    }

    private static JsonPath timeline(String id) {
        return discovery(tokenA).get(MIGRATIONS + "/" + id + "/timeline").then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath agentView(String agent, String id, String token) {
        return api(stack.service(agent), token).get(MIGRATIONS + "/" + id + "/" + AGENT_PARTS.get(agent))
                .then().statusCode(200).extract().jsonPath();
    }

    private static String migrationRequest(String name, int sourcePort) {
        return """
                {"name": "%s",
                 "source": {"dialect": "postgresql", "host": "127.0.0.1", "port": %d, "database": "%s",
                            "username": "postgres", "password": "x"},
                 "target": {"dialect": "postgresql", "host": "127.0.0.1", "port": %d, "database": "%s",
                            "username": "postgres", "password": "x"},
                 "options": {"manualStart": "true"}}""".formatted(name, sourcePort, SOURCE_DB, stack.postgres().port(),
                TARGET_DB);
    }

    // ---- health and metrics

    /** The status of the Kafka check in a readiness report, or {@code null} when the report has none. */
    private static String kafkaCheckStatus(ServiceProcess.Health health) {
        List<Map<String, Object>> checks = JsonPath.from(health.body()).getList("checks");
        return checks.stream().filter(check -> String.valueOf(check.get("name")).toLowerCase(Locale.ROOT).contains("kafka"))
                .map(check -> String.valueOf(check.get("status")))
                .findFirst().orElse(null);
    }

    /** The sample lines of {@code metric} (optionally only those tagged with {@code migration}). */
    private static List<String> metricLines(String prometheusText, String metric, String migration) {
        return prometheusText.lines()
                .filter(line -> line.startsWith(metric + "{"))
                .filter(line -> migration == null || line.contains("migration=\"" + migration + "\""))
                .toList();
    }

    private static final Pattern SAMPLE_VALUE = Pattern.compile("}\\s+(\\S+)");

    private static double sampleValue(String line) {
        Matcher matcher = SAMPLE_VALUE.matcher(line);
        assertThat(matcher.find()).as("a value in %s", line).isTrue();
        return Double.parseDouble(matcher.group(1));
    }

    // ---- time

    private static Duration remaining(Duration budget, long sinceNanos) {
        Duration left = budget.minusNanos(System.nanoTime() - sinceNanos);
        return left.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : left;
    }

    private static double secondsSince(long nanos) {
        return (System.nanoTime() - nanos) / 1e9;
    }

    private static Map<String, String> agentParts() {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put(COMPATIBILITY, "conversion");
        parts.put(EXECUTOR, "replication");
        parts.put(VALIDATION, "checkpoints");
        parts.put(ROLLBACK, "rollback");
        return parts;
    }
}
