package ai.dflux.executor.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ai.dflux.contracts.agents.ConvertedSchemaArtifacts;
import ai.dflux.contracts.agents.DatabaseCredentials;
import ai.dflux.contracts.agents.MigrationConnections;
import ai.dflux.contracts.conversion.ColumnPlan;
import ai.dflux.contracts.conversion.TablePlan;
import ai.dflux.contracts.conversion.ValueRule;
import ai.dflux.contracts.events.ConnectionInfo;
import ai.dflux.contracts.events.EventEnvelope;
import ai.dflux.contracts.events.MigrationCreated;
import ai.dflux.contracts.events.Producers;
import ai.dflux.contracts.events.SchemaConverted;
import ai.dflux.executor.domain.stream.Sql;
import ai.dflux.executor.domain.progress.ReplicationMetrics;
import ai.dflux.executor.persistence.ReplicationEntity;
import ai.dflux.testkit.ControlPlane;
import ai.dflux.testkit.EventPublisher;
import io.quarkus.test.junit.QuarkusTestProfile;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;

/**
 * One migration run by {@link MigrationReplication} against real databases and the real control plane, with the
 * converted revisions handed over by the test as the Compatibility Agent would serve them (no compatibility-service
 * runs here). The worker is off, so the test's replication thread is the only one.
 */
abstract class SchemaDriftScenario {

    static final Duration PATIENCE = Duration.ofMinutes(3);
    static final String TENANT = "tenant-drift";

    /** The worker would start a second replication of the same migration; here the test runs it. */
    public static class WorkerOff implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.scheduler.enabled", "false", "dflux.executor.drift-wait", "10m");
        }
    }

    @Inject
    ReplicationLedger ledger;
    @Inject
    ReplicationMetrics metrics;
    @Inject
    CopyStage copy;
    @Inject
    StreamStage stream;

    final UUID id = UUID.randomUUID();
    final Map<Integer, ConvertedSchemaArtifacts> revisions = new ConcurrentHashMap<>();
    final AtomicReference<Throwable> failure = new AtomicReference<>();
    private MigrationConnections connections;
    private MigrationReplication replication;
    private Thread thread;

    /** Makes the replication's record (converted revision 1) and remembers the databases. */
    void create(DatabaseCredentials source, DatabaseCredentials target, ConvertedSchemaArtifacts first)
            throws Exception {
        connections = new MigrationConnections(source, target);
        revisions.put(first.revision(), first);
        ConnectionInfo info = new ConnectionInfo(source.dialect(), source.host(), source.port(), source.database(), "u");
        ConnectionInfo targetInfo = new ConnectionInfo("postgresql", target.host(), target.port(), target.database(),
                "u");
        EventEnvelope created = EventEnvelope.of(new MigrationCreated("drift", info, targetInfo,
                Map.of("manualStart", "true")), id, TENANT, Producers.DISCOVERY, null);
        EventPublisher.publish(created);
        handOver(first);
        await().atMost(PATIENCE).until(() -> ledger.read(id).map(row -> row.convertedRevision == first.revision())
                .orElse(false));
    }

    /** What compatibility does after a drift: stores the revision and announces it. */
    void handOver(ConvertedSchemaArtifacts revision) throws Exception {
        revisions.put(revision.revision(), revision);
        EventPublisher.publish(EventEnvelope.of(new SchemaConverted(revision.revision(), "/api/v1/migrations/" + id
                + "/conversion", "sha256:source" + revision.revision(), revision.ddlFingerprint(), Map.of("AUTO", 1),
                revision.deltaFromRevision(), revision.additiveOnly()), id, TENANT, "compatibility-service", null));
    }

    /**
     * Runs the replication from the applied revision (the converted one before the first copy), as the worker does. The
     * worker runs only a record that runs, so a record still waiting for its manual start is started first, as
     * {@code POST .../start} does.
     */
    void launch() {
        ledger.update(id, waiting -> {
            if (ReplicationState.WAITING_FOR_START.name().equals(waiting.state)) {
                waiting.state = ReplicationState.READY.name();
            }
        });
        ReplicationEntity row = ledger.read(id).orElseThrow();
        int revision = row.appliedRevision > 0 ? row.appliedRevision : row.convertedRevision;
        replication = new MigrationReplication(id, () -> plan(revision), this::plan, ledger, metrics.begin(id, TENANT),
                copy, stream, new MigrationReplication.Pacing(Duration.ofSeconds(5), 0, Duration.ofMinutes(10)),
                new MigrationReplication.ReplicationOutcome() {
                    @Override
                    public void failed(UUID migrationId, Throwable error) {
                        failure.set(error);
                    }

                    @Override
                    public void ended(UUID migrationId) {
                    }
                });
        thread = new Thread(replication, "drift-test-" + id);
        thread.start();
    }

    ReplicationPlan plan(int revision) {
        ConvertedSchemaArtifacts schema = revisions.get(revision);
        if (schema == null) {
            throw new IllegalStateException("no revision " + revision);
        }
        return new ReplicationPlan(id, TENANT, connections, schema);
    }

    ReplicationEntity row() {
        return ledger.read(id).orElseThrow();
    }

    void awaitState(String state) {
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
            assertThat(failure.get()).as("replication failure").isNull();
            assertThat(row().state).isEqualTo(state);
        });
    }

    void awaitReasonContaining(String text) {
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
            assertThat(failure.get()).as("replication failure").isNull();
            assertThat(row().reason).contains(text);
        });
    }

    void awaitAppliedRevision(int revision) {
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
            assertThat(failure.get()).as("replication failure").isNull();
            assertThat(row().appliedRevision).isEqualTo(revision);
            assertThat(row().state).isEqualTo("STREAMING");
        });
    }

    /** Halts the replication, waits for its thread, and removes slot and publication from the source. */
    void stop() throws Exception {
        if (replication != null) {
            replication.halt();
            thread.join(Duration.ofMinutes(2).toMillis());
            assertThat(thread.isAlive()).as("the replication ended").isFalse();
        }
        copy.dropFromSource(plan(1));
        metrics.end(id);
    }

    /** The envelopes of the migration's events of one type, as the outbox holds them. */
    List<String> events(String type) throws SQLException {
        List<String> found = new ArrayList<>();
        try (Connection c = ControlPlane.postgres().dataSource(ControlPlane.DATABASE).getConnection();
                PreparedStatement q = c.prepareStatement("SELECT envelope FROM executor.outbox"
                        + " WHERE migration_id = ? AND event_type = ? ORDER BY 1")) {
            q.setObject(1, id);
            q.setString(2, type);
            try (ResultSet rows = q.executeQuery()) {
                while (rows.next()) {
                    found.add(rows.getString(1));
                }
            }
        }
        return found;
    }

    static ConvertedSchemaArtifacts revision(int revision, String fingerprint, String preData, List<TablePlan> tables,
            int deltaFrom, String delta, boolean additive) {
        return new ConvertedSchemaArtifacts(revision, fingerprint, preData, "", tables, deltaFrom, delta, additive);
    }

    /** {@code "name:sourceType:targetType"} per column; the first is the key. */
    static TablePlan table(String sourceSchema, String name, String... columns) {
        List<ColumnPlan> plans = new ArrayList<>();
        for (String column : columns) {
            String[] parts = column.split(":");
            plans.add(new ColumnPlan(parts[0], parts[0], parts[1], parts[2], ValueRule.AS_IS, false, null));
        }
        return new TablePlan(sourceSchema, name, "public", name, plans, List.of(plans.get(0).source()));
    }

    /** Every row of a table in key order, each column as text: compares a MariaDB source with its target too. */
    static List<List<String>> rows(DataSource database, String table, String... columns) {
        String query = "SELECT " + String.join(", ", columns) + " FROM " + table + " ORDER BY " + columns[0];
        List<List<String>> rows = new ArrayList<>();
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(query)) {
            while (result.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= columns.length; i++) {
                    row.add(result.getString(i));
                }
                rows.add(row);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(query + ": " + e.getMessage(), e);
        }
        return rows;
    }


    /**
     * While writes run: a column added and written at once (the stream waits for its conversion), wider types with
     * values only they hold, a new table with rows; then revision 2 is handed over with {@code tables} and the delta
     * compatibility gives. After the writes stop, the target equals the source, the race window's values included.
     */
    void driftWhileWriting(DataSource source, DataSource target, List<TablePlan> tables, String... widenings)
            throws Exception {
        try (DriftWorkload workload = new DriftWorkload(source, 10_000)) {
            // a binlog stream's first start records the table structures as they are then: change them after it
            await().atMost(PATIENCE).until(() -> !rows(target, "orders WHERE id > 10000", "id").isEmpty());
            Sql.run(source, "ALTER TABLE orders ADD COLUMN note varchar(100) DEFAULT 'none'");
            workload.writeNoteColumn();
            awaitReasonContaining("column note");
            Sql.run(source, widenings);
            workload.writeWideValues();
            Sql.run(source, "CREATE TABLE notes (id integer PRIMARY KEY, body varchar(100))");
            workload.writeNotes();
            await().atMost(PATIENCE).until(() -> workload.writtenWithNote() > 50);

            handOver(revision(2, "sha256:two", "", tables, 1,
                    "ALTER TABLE public.orders ADD COLUMN note varchar(100) DEFAULT 'none';"
                            + " ALTER TABLE public.orders ALTER COLUMN code TYPE varchar(40);"
                            + " ALTER TABLE public.orders ALTER COLUMN qty TYPE bigint;"
                            + " CREATE TABLE public.notes (id integer PRIMARY KEY, body varchar(100));", true));
            awaitAppliedRevision(2);
            int atHandOver = workload.written();
            await().atMost(PATIENCE).until(() -> workload.written() > atHandOver + 100);
        }
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(rows(target, "orders", "id", "code", "qty", "note"))
                .isEqualTo(rows(source, "orders", "id", "code", "qty", "note")));
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(rows(target, "notes", "id", "body"))
                .isEqualTo(rows(source, "notes", "id", "body")));
        assertThat(rows(target, "orders", "id", "note").stream().filter(row -> row.get(1).startsWith("note")))
                .as("values written into the new column before its conversion arrived").isNotEmpty();
        String schema = tables.get(0).sourceSchema();
        assertThat(events("SchemaChangeApplied")).singleElement().satisfies(event -> assertThat(event)
                .contains("\"tablesAdded\":[\"" + schema + ".notes\"]").contains(schema + ".orders.note")
                .contains(schema + ".orders.code").contains(schema + ".orders.qty"));
        assertThat(events("TableCopied")).anySatisfy(event -> assertThat(event).contains(schema + ".notes"));
    }
}
