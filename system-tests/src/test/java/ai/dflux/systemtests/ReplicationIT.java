package ai.dflux.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ai.dflux.systemtests.replication.ComparedSide;
import ai.dflux.systemtests.replication.MariaDbSide;
import ai.dflux.systemtests.replication.MariaDbWorkload;
import ai.dflux.systemtests.replication.PostgresSide;
import ai.dflux.systemtests.replication.PostgresSourceObjects;
import ai.dflux.systemtests.replication.PostgresWorkload;
import ai.dflux.systemtests.replication.ReplicationApi;
import ai.dflux.systemtests.replication.ReplicationRequests;
import ai.dflux.systemtests.replication.SourceWorkload;
import ai.dflux.systemtests.replication.Sql;
import ai.dflux.systemtests.replication.TableComparison;
import ai.dflux.systemtests.replication.WorkloadCounts;
import ai.dflux.testkit.MariaDbServer;
import ai.dflux.testkit.PostgresServer;
import ai.dflux.testkit.TestTokens;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The Executor Agent end to end: the five services copy a live PostgreSQL and a live MariaDB source to PostgreSQL under
 * a running workload, survive {@code kill -9} during the copy and during the stream and a restart of the target, and
 * end with a target equal to the source row for row ({@link TableComparison}, independent of dflux). Then pause,
 * resume, stop and delete clean up the source; a manual start waits; a target that rejects the DDL fails the migration
 * and keeps nothing of it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReplicationIT {

    private static final int ACCOUNTS = 200_000;
    private static final int SMALL_ACCOUNTS = 1_000;
    private static final Duration CONVERSION_TIMEOUT = Duration.ofMinutes(3);
    private static final Duration COPY_TIMEOUT = Duration.ofMinutes(4);
    private static final Duration CATCH_UP_TIMEOUT = Duration.ofMinutes(3);
    private static final Duration CLEANUP_TIMEOUT = Duration.ofMinutes(2);
    private static final List<String> TABLES = List.of("accounts", "type_samples", "workload_marker");
    private static final List<String> FIRST_OF_EACH = List.of("SnapshotStarted", "TableCopied", "SnapshotCompleted",
            "StreamingStarted", "ReplicationLagReported");

    private static DfluxStack stack;
    private static PostgresServer pgSource;
    private static PostgresServer target;
    private static MariaDbServer mariadb;
    private static TenantClient tenant;
    private static ReplicationApi api;
    private static final List<SourceWorkload> workloads = new ArrayList<>();

    /** Set once the first test has shown the PostgreSQL migration streaming and equal; later tests go on with it. */
    private static String pgMigration;
    private static SourceWorkload pgWorkload;
    private static final String TENANT = "tenant-a";

    /** Set once the manual start test has shown its migration streaming; the delete test removes it. */
    private static String manualMigration;

    @BeforeAll
    static void start() {
        CompletableFuture<PostgresServer> source = CompletableFuture.supplyAsync(
                () -> PostgresServer.temporary().start());
        CompletableFuture<PostgresServer> targetServer = CompletableFuture.supplyAsync(
                () -> PostgresServer.temporary().start());
        CompletableFuture<MariaDbServer> maria = CompletableFuture.supplyAsync(() -> MariaDbServer.create().start());
        pgSource = source.join();
        target = targetServer.join();
        mariadb = maria.join();
        // small chunks (every table split, however small) copied at most 20,000 rows a second: a copy of 200,000 rows
        // takes about ten seconds, long enough to be interrupted between two chunks; lag reported every 2 s
        stack = DfluxStack.start("ReplicationIT", Map.of("DFLUX_EXECUTOR_COPY_CHUNK_ROWS", "5000",
                "DFLUX_EXECUTOR_COPY_WHOLE_TABLE_ROWS", "0",
                "DFLUX_EXECUTOR_COPY_MAX_ROWS_PER_SECOND", "20000", "DFLUX_EXECUTOR_LAG_REPORT_INTERVAL", "2s",
                "DFLUX_EXECUTOR_LEASE_DURATION", "15s"));
        tenant = new TenantClient(stack, TENANT);
        api = new ReplicationApi(tenant);
    }

    @AfterAll
    static void stop() {
        workloads.forEach(SourceWorkload::close);
        for (AutoCloseable closeable : new AutoCloseable[] {stack, mariadb, target, pgSource}) {
            try {
                if (closeable != null) {
                    closeable.close();
                }
            } catch (Exception e) {
                System.err.println("[e2e] closing " + closeable + " failed: " + e);
            }
        }
    }

    @Test
    @Order(1)
    void postgresToPostgresSurvivesCrashesAndATargetRestartUnderLoadAndEndsEqual() {
        pgSource.createDatabase("shop");
        target.createDatabase("shop_from_pg");
        DataSource source = pgSource.dataSource("shop");
        SourceWorkload.createSchema(source, new PostgresWorkload(), ACCOUNTS);
        pgWorkload = started(SourceWorkload.start("pg", source, new PostgresWorkload(), 20_261_129L, ACCOUNTS));

        String id = tenant.createMigration(ReplicationRequests.fromPostgres("pg-live", pgSource, "shop", target,
                "shop_from_pg", Map.of()));
        System.out.println("[e2e] PostgreSQL migration " + id);
        replicateThroughCrashes(id, true);

        catchUpAndCompare(id, pgWorkload, new PostgresSide(source), "public", "shop_from_pg", "public");
        assertTimelineAndMetrics(id);
        pgMigration = id;
    }

    /**
     * A column and a table added on the source while the workload writes, with values written into both before
     * their conversion exists: discovery sees the drift, compatibility converts revision 2 with an additive delta, and
     * the executor applies it while streaming (the new table copied), so the target ends equal, new table included.
     */
    @Test
    @Order(2)
    void anAdditiveSourceSchemaChangeIsAppliedWhileStreamingAndTheTargetStaysEqual() throws Exception {
        assumeTrue(pgMigration != null, "needs the streaming, equal migration of the first test");
        String id = pgMigration;
        DataSource source = pgSource.dataSource("shop");
        pgWorkload.restart();
        try (Connection c = source.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("ALTER TABLE accounts ADD COLUMN tier varchar(20) DEFAULT 'basic'");
            s.execute("CREATE TABLE drift_notes (id bigint PRIMARY KEY, account_id bigint, body text)");
            c.commit();
            s.execute("UPDATE accounts SET tier = 'gold' WHERE id IN (SELECT id FROM accounts ORDER BY id LIMIT 100)");
            s.execute("INSERT INTO drift_notes SELECT g, g, 'before the conversion ' || g FROM generate_series(1, 300) g");
            c.commit();
        }
        JsonPath applied = tenant.awaitEvents(id, "SchemaChangeApplied", 1, CONVERSION_TIMEOUT);
        List<String> types = applied.getList("events.type", String.class);
        assertThat(types).as("the drift is on the timeline before its conversion and application")
                .containsSubsequence("SchemaDriftDetected", "SchemaConverted", "SchemaChangeApplied");
        assertThat(applied.getInt("events.findAll { it.type == 'SchemaChangeApplied' }[0].payload.toRevision"))
                .isEqualTo(2);
        assertThat(applied.getList("events.findAll { it.type == 'SchemaChangeApplied' }.payload.tablesAdded.flatten()",
                String.class)).contains("public.drift_notes");
        assertThat(applied.getList("events.findAll { it.type == 'TableCopied' }.payload.sourceTable", String.class))
                .contains("public.drift_notes");
        api.awaitView(id, "streaming the newest revision", view -> "STREAMING".equals(view.getString(
                "replication.state")) && view.getInt("replication.revision") == tenant.timeline(id).getInt(
                        "events.findAll { it.type == 'SchemaConverted' }[-1].payload.revision"), CATCH_UP_TIMEOUT);

        try (Connection c = source.getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO drift_notes SELECT g, g, 'streamed ' || g FROM generate_series(301, 400) g");
            s.execute("UPDATE drift_notes SET body = 'edited' WHERE id <= 20");
            s.execute("UPDATE accounts SET tier = 'silver' WHERE id IN (SELECT id FROM accounts ORDER BY id DESC"
                    + " LIMIT 100)");
        }
        catchUpAndCompare(id, pgWorkload, new PostgresSide(source), "public", "shop_from_pg", "public");
    }

    @Test
    @Order(3)
    void mariaDbToPostgresSurvivesCrashesUnderLoadAndEndsEqual() {
        mariadb.createDatabase("shop");
        target.createDatabase("shop_from_maria");
        DataSource source = mariadb.dataSource("shop");
        SourceWorkload.createSchema(source, new MariaDbWorkload(), ACCOUNTS);
        SourceWorkload workload = started(SourceWorkload.start("maria", source, new MariaDbWorkload(), 17L,
                ACCOUNTS));

        String id = tenant.createMigration(ReplicationRequests.fromMariaDb("maria-live", mariadb, "shop", target,
                "shop_from_maria"));
        System.out.println("[e2e] MariaDB migration " + id);
        replicateThroughCrashes(id, false);

        // the converted schema keeps the MySQL database's name as its PostgreSQL schema
        catchUpAndCompare(id, workload, new MariaDbSide(source), "shop", "shop_from_maria", "shop");
        assertTimelineAndMetrics(id);
    }

    @Test
    @Order(4)
    void pauseKeepsChangesOnTheSourceUntilResumeAndStopRemovesSlotAndPublication() {
        assumeTrue(pgMigration != null, "needs the streaming, equal migration of the first test");
        String id = pgMigration;
        api.assertRefused(id, "resume");
        assertThat(PostgresSourceObjects.slotExists(pgSource, "shop", id)).as("slot %s while streaming",
                PostgresSourceObjects.nameOf(id)).isTrue();

        assertThat(api.assertAccepted(id, "pause").getString("replication.state")).isEqualTo("PAUSED");
        api.assertRefused(id, "pause");
        tenant.awaitEvents(id, "MigrationPaused", 1, CATCH_UP_TIMEOUT);
        api.awaitView(id, "paused", ReplicationApi.state("PAUSED"), CATCH_UP_TIMEOUT);

        WorkloadCounts whilePaused = pgWorkload.runTransactions(150);
        String marker = pgWorkload.writeMarker();
        System.out.println("[e2e] written while paused: " + whilePaused);
        assertThat(PostgresSourceObjects.slotExists(pgSource, "shop", id)).as("the slot keeps the changes").isTrue();

        assertThat(api.assertAccepted(id, "resume").getString("replication.state")).isEqualTo("STREAMING");
        tenant.awaitEvents(id, "MigrationResumed", 1, CATCH_UP_TIMEOUT);
        awaitMarker("shop_from_pg", "public", marker);
        compare(new PostgresSide(pgSource.dataSource("shop")), "public", "shop_from_pg", "public");

        api.assertAccepted(id, "stop");
        api.awaitView(id, "stopped", ReplicationApi.state("STOPPED"), CLEANUP_TIMEOUT);
        awaitGoneFromSource(id, "shop");
        api.assertRefused(id, "stop");
        api.assertRefused(id, "resume");
    }

    @Test
    @Order(5)
    void aManualStartMigrationWaitsForItsStart() throws Exception {
        String id = smallMigration("manual", ReplicationRequests.MANUAL_START);
        DataSource source = pgSource.dataSource("manual");
        tenant.awaitEvents(id, "SchemaConverted", 1, CONVERSION_TIMEOUT);
        api.awaitView(id, "waiting for its start", ReplicationApi.state("WAITING_FOR_START"),
                CATCH_UP_TIMEOUT);
        // it keeps waiting: a few more looks over some seconds find it unchanged and the target untouched
        await("still waiting").during(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> "WAITING_FOR_START".equals(api.view(id).getString("replication.state"))
                        && !api.eventTypes(id).contains("SnapshotStarted"));
        assertThat(tablesOf(target.dataSource("manual_target"), "public")).isEmpty();
        api.assertRefused(id, "pause");

        api.assertAccepted(id, "start");
        api.assertRefused(id, "start");
        tenant.awaitEvents(id, "StreamingStarted", 1, COPY_TIMEOUT);
        compare(new PostgresSide(source), "public", "manual_target", "public");
        manualMigration = id;
    }

    @Test
    @Order(6)
    void deletingAStreamingMigrationWhileTheExecutorIsDownRemovesSlotAndPublicationOnceItIsBack() {
        assumeTrue(manualMigration != null, "needs the streaming migration of the manual start test");
        api.awaitView(manualMigration, "streaming", ReplicationApi.state("STREAMING"), CATCH_UP_TIMEOUT);
        assertThat(PostgresSourceObjects.slotExists(pgSource, "manual", manualMigration)).isTrue();
        assertThat(PostgresSourceObjects.publicationExists(pgSource, "manual", manualMigration)).isTrue();

        stack.crash(DfluxStack.EXECUTOR);
        api.deleteMigration(manualMigration);
        assertThat(PostgresSourceObjects.slotExists(pgSource, "manual", manualMigration))
                .as("nothing removed the slot while the executor was down").isTrue();
        assertThat(agentConnections(manualMigration)).as("discovery keeps the connections for the cleanup")
                .isEqualTo(200);
        stack.startAgain(DfluxStack.EXECUTOR);

        awaitGoneFromSource(manualMigration, "manual");
        await("the deleted migration is unknown to the executor, and discovery forgot its connections")
                .atMost(CLEANUP_TIMEOUT).pollInterval(Duration.ofMillis(500))
                .until(() -> tenant.to(DfluxStack.EXECUTOR).get(ReplicationApi.path(manualMigration)).statusCode()
                        == 404 && agentConnections(manualMigration) == 404);
    }

    /** The status of discovery's internal {@code GET .../connections} of a migration, as an agent reads it. */
    private static int agentConnections(String id) {
        return RestAssured.given().baseUri(stack.discovery().url())
                .auth().oauth2(TestTokens.forAgent(DfluxStack.EXECUTOR)).queryParam("tenant", TENANT)
                .get("/internal/v1/migrations/{id}/connections", id).statusCode();
    }

    @Test
    @Order(7)
    void aTargetHoldingAConflictingTableFailsTheMigrationAndKeepsNothingOfIt() throws Exception {
        pgSource.createDatabase("conflict");
        target.createDatabase("conflict_target");
        try (Connection c = pgSource.dataSource("conflict").getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TYPE order_state AS ENUM ('open', 'paid')");
            s.execute("CREATE TABLE customers (id bigint PRIMARY KEY, name text NOT NULL)");
            s.execute("CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint REFERENCES customers,"
                    + " state order_state, total numeric(12,2))");
            s.execute("INSERT INTO customers VALUES (1, 'Ada'), (2, 'Grace')");
            s.execute("INSERT INTO orders VALUES (10, 1, 'paid', 12.50)");
        }
        try (Connection c = target.dataSource("conflict_target").getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE public.orders (order_no text PRIMARY KEY, note text)");
            s.execute("INSERT INTO public.orders VALUES ('A-1', 'kept as it was')");
        }

        String id = tenant.createMigration(ReplicationRequests.fromPostgres("conflict", pgSource, "conflict", target,
                "conflict_target", Map.of()));
        JsonPath failed = await("migration " + id + " fails").atMost(COPY_TIMEOUT).pollInterval(Duration.ofMillis(500))
                .until(() -> api.migration(id), m -> "FAILED".equals(m.getString("phase")));
        System.out.println("[e2e] failed as expected: " + failed.getString("failureMessage"));
        assertThat(failed.getString("failureReason")).isEqualTo("TARGET_REJECTED");
        assertThat(failed.getString("failureMessage")).contains("orders");
        assertThat(api.view(id).getString("replication.state")).isEqualTo("FAILED");

        DataSource conflictTarget = target.dataSource("conflict_target");
        assertThat(tablesOf(conflictTarget, "public")).as("the pre-data DDL is one transaction")
                .containsExactly("orders");
        try (Connection c = conflictTarget.getConnection(); Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("SELECT order_no, note FROM public.orders")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString("note")).isEqualTo("kept as it was");
            assertThat(rows.next()).isFalse();
        }
        try (Connection c = conflictTarget.getConnection(); Statement s = c.createStatement();
                ResultSet types = s.executeQuery("SELECT count(*) FROM pg_type WHERE typname = 'order_state'")) {
            types.next();
            assertThat(types.getLong(1)).as("the enum type of the rolled-back pre-data").isZero();
        }
        assertThat(PostgresSourceObjects.gone(pgSource, "conflict", id)).as("nothing left on the source").isTrue();
    }

    /**
     * A second executor replica leaves a migration to the replica running it, and takes it over once that one crashed
     * and its lease ran out: the stream resumes from its committed position and the target ends equal.
     */
    @Test
    @Order(8)
    void aSecondExecutorReplicaTakesOverTheMigrationOfOneThatCrashedOnceItsLeaseRanOut() throws IOException {
        String id = smallMigration("replicas", Map.of());
        DataSource source = pgSource.dataSource("replicas");
        tenant.awaitEvents(id, "StreamingStarted", 1, COPY_TIMEOUT);

        ServiceProcess second = stack.startReplica(DfluxStack.EXECUTOR);
        Sql.execute(source, "UPDATE accounts SET note = 'while two replicas run' WHERE id <= 10");
        awaitRows(target.dataSource("replicas_target"), "SELECT count(*) FROM accounts WHERE note = 'while two"
                + " replicas run'", 10);
        assertThat(launches(second, id)).as("the second replica left it to the one holding its lease").isZero();
        assertThat(replicationSeenBy(second, id).getString("replication.runningOn"))
                .as("either replica's API says where it runs")
                .endsWith(":" + stack.service(DfluxStack.EXECUTOR).port());

        System.out.println("[e2e] kill -9 of the executor replica that runs migration " + id);
        stack.crash(DfluxStack.EXECUTOR);
        Sql.execute(source, "INSERT INTO accounts (id, owner, balance) SELECT g, 'after the crash', 0"
                + " FROM generate_series(5000001, 5000100) g", "DELETE FROM accounts WHERE id BETWEEN 11 AND 20");
        JsonPath resumed = tenant.awaitEvents(id, "StreamingStarted", 2, CATCH_UP_TIMEOUT);
        assertThat(resumed.getBoolean("events.findAll { it.type == 'StreamingStarted' }[-1].payload.resumed"))
                .as("the second replica resumed the stream from its committed position").isTrue();
        awaitRows(target.dataSource("replicas_target"), "SELECT count(*) FROM accounts WHERE owner = 'after the crash'",
                100);
        assertThat(launches(second, id)).as("the second replica runs it now").isPositive();
        JsonPath seen = replicationSeenBy(second, id);
        assertThat(seen.getString("replication.runningOn")).endsWith(":" + second.port());
        assertThat(seen.getString("replication.stream")).as("its live stream figures").isNotNull();
        compare(new PostgresSide(source), "public", "replicas_target", "public");
    }

    private static JsonPath replicationSeenBy(ServiceProcess executor, String id) {
        return RestAssured.given().baseUri(executor.url()).auth().oauth2(TestTokens.forTenant(TENANT))
                .get(ReplicationApi.path(id)).then().statusCode(200).extract().jsonPath();
    }

    /** How often the executor's log says it started the migration's replication. */
    private static long launches(ServiceProcess executor, String id) throws IOException {
        try (Stream<String> lines = Files.lines(executor.logFile(), StandardCharsets.UTF_8)) {
            return lines.filter(line -> line.contains("migration " + id + ": replication of revision")).count();
        }
    }

    /**
     * A migration of a source database {@code name} holding the workload's schema with few accounts, to a target
     * database {@code <name>_target}.
     */
    private static String smallMigration(String name, Map<String, String> options) {
        pgSource.createDatabase(name);
        target.createDatabase(name + "_target");
        SourceWorkload.createSchema(pgSource.dataSource(name), new PostgresWorkload(), SMALL_ACCOUNTS);
        return tenant.createMigration(ReplicationRequests.fromPostgres(name, pgSource, name, target, name + "_target",
                options));
    }

    private static void awaitRows(DataSource database, String countQuery, long expected) {
        await(countQuery + " = " + expected).atMost(CATCH_UP_TIMEOUT).pollInterval(Duration.ofMillis(500))
                .until(() -> Sql.count(database, countQuery) == expected);
    }

    /**
     * Kills the executor once the copy has copied rows (its per-table progress checked first), waits for the stream,
     * kills it again while streaming, and with {@code restartTarget} restarts the target PostgreSQL while streaming.
     */
    private static void replicateThroughCrashes(String id, boolean restartTarget) {
        JsonPath copying = api.awaitView(id, "copying with rows copied", view -> {
            assertThat(view.getString("replication.state")).as("the copy ended before a kill could interrupt it")
                    .isIn("WAITING_FOR_CONVERSION", "READY", "COPYING");
            return ReplicationApi.stateWithProgress("COPYING", "replication.copy.rows").test(view);
        }, COPY_TIMEOUT);
        assertPerTableProgress(copying);
        assertThat(api.eventTypes(id)).as("the kill comes during the copy").doesNotContain("SnapshotCompleted");
        System.out.println("[e2e] kill -9 of the executor during the copy, "
                + (long) ReplicationApi.numberAt(copying, "replication.copy.rows") + " rows copied");
        stack.crashAndRestart(DfluxStack.EXECUTOR);

        JsonPath timeline = tenant.awaitEvents(id, "StreamingStarted", 1, COPY_TIMEOUT);
        assertThat(timeline.getList("events.findAll { it.type == 'SnapshotStarted' }.payload.resumed",
                Boolean.class)).as("a second SnapshotStarted, resumed: the kill came during the copy and the copy went on")
                .hasSizeGreaterThanOrEqualTo(2).last()
                .isEqualTo(true);

        api.awaitView(id, "streaming changes",
                ReplicationApi.stateWithProgress("STREAMING", "replication.stream.eventsApplied"), CATCH_UP_TIMEOUT);
        System.out.println("[e2e] kill -9 of the executor while streaming");
        stack.crashAndRestart(DfluxStack.EXECUTOR);
        JsonPath restarted = tenant.awaitEvents(id, "StreamingStarted", 2, CATCH_UP_TIMEOUT);
        assertThat(restarted.getBoolean("events.findAll { it.type == 'StreamingStarted' }[-1].payload.resumed"))
                .as("the stream resumed from its committed position").isTrue();

        if (restartTarget) {
            api.awaitView(id, "streaming changes after the restart",
                    ReplicationApi.stateWithProgress("STREAMING", "replication.stream.eventsApplied"),
                    CATCH_UP_TIMEOUT);
            System.out.println("[e2e] restarting the target PostgreSQL while streaming");
            target.restart();
        }
    }

    /** Stops the workload, waits for its marker and a lag under a second, and compares every table. */
    private static void catchUpAndCompare(String id, SourceWorkload workload, ComparedSide source,
            String sourceSchema, String targetDatabase, String targetSchema) {
        WorkloadCounts counts = workload.stop();
        assertThat(counts.coversEveryOperation()).as("the workload did every kind of change: %s", counts).isTrue();
        String marker = workload.writeMarker();
        awaitMarker(targetDatabase, targetSchema, marker);
        api.awaitView(id, "caught up", view -> "STREAMING".equals(view.getString("replication.state"))
                && view.get("replication.stream.lagSeconds") != null
                && ReplicationApi.numberAt(view, "replication.stream.lagSeconds") < 1.0, CATCH_UP_TIMEOUT);
        compare(source, sourceSchema, targetDatabase, targetSchema);
    }

    private static void compare(ComparedSide source, String sourceSchema, String targetDatabase,
            String targetSchema) {
        TableComparison.between(source, sourceSchema, new PostgresSide(target.dataSource(targetDatabase)),
                targetSchema).compareAll().assertIdentical();
    }

    private static void awaitMarker(String targetDatabase, String targetSchema, String marker) {
        DataSource targetData = target.dataSource(targetDatabase);
        await(marker + " on the target").atMost(CATCH_UP_TIMEOUT).pollInterval(Duration.ofMillis(500))
                .until(() -> SourceWorkload.markerArrived(targetData, targetSchema, marker));
        System.out.println("[e2e] " + marker + " arrived on the target");
    }

    private static void awaitGoneFromSource(String id, String database) {
        await("slot and publication " + PostgresSourceObjects.nameOf(id) + " removed from the source")
                .atMost(CLEANUP_TIMEOUT).pollInterval(Duration.ofMillis(500))
                .until(() -> PostgresSourceObjects.gone(pgSource, database, id));
        System.out.println("[e2e] " + PostgresSourceObjects.nameOf(id) + " removed from the source");
    }

    private static void assertPerTableProgress(JsonPath copying) {
        List<Map<String, Object>> tables = copying.getList("replication.copy.tables");
        System.out.println("[e2e] copy progress: " + tables);
        assertThat(tables).as("per-table progress while copying").isNotEmpty();
        assertThat(tables).allSatisfy(table -> assertThat(table).containsKeys("sourceTable", "targetTable", "state",
                "estimatedRows", "rowsCopied", "bytesCopied", "etaSeconds"));
        assertThat(copying.getList("replication.copy.tables.sourceTable", String.class))
                .anySatisfy(name -> assertThat(name).endsWith("accounts"));
        assertThat(copying.getList("replication.copy.tables.rowsCopied", Long.class)).anySatisfy(rows ->
                assertThat(rows).isPositive());
        assertThat(copying.getMap("replication.copy")).containsKeys("rows", "bytes", "etaSeconds", "tablesLeft");
    }

    /** The first of each replication event comes in the order of the work; the lag and the source reads are Prometheus meters. */
    private static void assertTimelineAndMetrics(String id) {
        JsonPath timeline = tenant.awaitEvents(id, "ReplicationLagReported", 1, CATCH_UP_TIMEOUT);
        List<String> types = timeline.getList("events.type", String.class);
        List<Integer> firsts = FIRST_OF_EACH.stream().map(types::indexOf).toList();
        System.out.println("[e2e] first replication events at " + firsts + " of " + types.size());
        assertThat(firsts).as("first %s in %s", FIRST_OF_EACH, types).doesNotContain(-1).isSorted();
        List<String> copied = timeline.getList("events.findAll { it.type == 'TableCopied' }.payload.sourceTable",
                String.class);
        for (String table : TABLES) {
            assertThat(copied).as("TableCopied for %s", table).anySatisfy(name -> assertThat(name).endsWith(table));
        }

        String metrics = stack.service(DfluxStack.EXECUTOR).metrics();
        for (String metric : List.of("dflux_replication_lag_seconds", "dflux_stream_source_reads_total",
                "dflux_stream_source_rows_read_total")) {
            assertThat(Pattern.compile("^" + metric + "\\{[^}]*migration=\"" + Pattern.quote(id) + "\"[^}]*} ",
                    Pattern.MULTILINE).matcher(metrics).find())
                    .as("%s{migration=\"%s\"} on the executor's /q/metrics", metric, id).isTrue();
        }
    }

    private static List<String> tablesOf(DataSource database, String schema) throws Exception {
        List<String> tables = new ArrayList<>();
        try (Connection c = database.getConnection(); Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("SELECT table_name FROM information_schema.tables WHERE table_schema"
                        + " = '" + schema + "' ORDER BY table_name")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        return tables;
    }

    private static SourceWorkload started(SourceWorkload workload) {
        workloads.add(workload);
        return workload;
    }
}
