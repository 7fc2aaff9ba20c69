package ai.dflux.systemtests.bench.executor;

import static org.awaitility.Awaitility.await;

import ai.dflux.systemtests.DfluxStack;
import ai.dflux.systemtests.MigrationRequests;
import ai.dflux.systemtests.TenantClient;
import ai.dflux.testkit.MariaDbServer;
import ai.dflux.testkit.PostgresServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javax.sql.DataSource;
import org.awaitility.core.ConditionTimeoutException;

/**
 * The measurements of the Executor benchmark, repeat by repeat, on three servers: a PostgreSQL source holding
 * pgbench's data, a MariaDB source holding the same rows, and a second PostgreSQL server every copy and every
 * subscriber writes to (a fresh database each time, dropped afterwards). dflux runs as the five services of a
 * {@link DfluxStack} whose control plane is a third PostgreSQL; without a stack only the anchors are measured.
 *
 * <p>One repeat, in this order: the no-replication pgbench run; the PostgreSQL copies ({@code pg_dump | psql},
 * {@code pgcopydb clone}, dflux), dflux then streaming under the same pgbench run; native logical replication under it;
 * decoding alone ({@link DecodingOnly}) under it; the MariaDB copies (pgloader, dflux). Before each copy and each pgbench run the source is brought to the same state:
 * {@code pgbench_history} emptied, every table vacuumed and analysed.
 */
public final class ExecutorBenchmarkRun {

    public static final String SOURCE_DATABASE = "pgbench";
    private static final Duration LAG_INTERVAL = Duration.ofMillis(200);
    /** Each sample scrapes the executor's {@code /q/metrics}, CPU the copy and the source share: not too often. */
    private static final Duration PROCESS_INTERVAL = Duration.ofSeconds(3);
    private static final Duration CLEANUP_GRACE = Duration.ofSeconds(60);
    private static final double CAUGHT_UP_MILLIS = 1000;
    private static final Duration CATCH_UP_TIMEOUT = Duration.ofMinutes(5);

    private final ExecutorBenchSettings settings;
    private final PostgresServer source;
    private final PostgresServer target;
    private final MariaDbServer mariadb;
    private final DfluxStack stack;
    private final TenantClient tenant;
    private final Path logFolder;
    private final Measurements measurements = new Measurements();
    private final List<String> problems = new ArrayList<>();
    private final PgbenchLoad pgbench;
    private final PgDumpRestore pgDump;
    private final PgcopydbClone pgcopydb;
    private final PgloaderCopy pgloader;
    private final CpuSplit cpuSplit;
    private PgbenchRows mariadbRows;

    /** A pgbench run with where the machine's CPU went during it. */
    record MeasuredLoad(PgbenchLoad.Result load, CpuSplit.Split cpu) {
    }

    public ExecutorBenchmarkRun(ExecutorBenchSettings settings, PostgresServer source, PostgresServer target,
            MariaDbServer mariadb, DfluxStack stack, Path logFolder) throws Exception {
        this.settings = settings;
        this.source = source;
        this.target = target;
        this.mariadb = mariadb;
        this.stack = stack;
        this.tenant = stack == null ? null : new TenantClient(stack, "executor-benchmark");
        this.logFolder = logFolder;
        this.pgbench = new PgbenchLoad(new PgConnection(source, SOURCE_DATABASE), logFolder);
        this.pgDump = new PgDumpRestore(logFolder);
        this.pgcopydb = PgcopydbClone.installed(logFolder);
        this.pgloader = PgloaderCopy.installed(logFolder);
        this.cpuSplit = CpuSplit.of(source, target, stack);
    }

    /** Fills the PostgreSQL source with {@code pgbench -i} and the MariaDB source with the same rows. */
    public void prepareSources() throws Exception {
        source.createDatabase(SOURCE_DATABASE);
        double seconds = pgbench.initialize(settings.scale());
        resetSource();
        PgbenchRows rows = PgbenchRows.onPostgres(sourceData());
        measurements.remark(String.format(Locale.ROOT, "PostgreSQL source filled by pgbench -i -s %d in %.1f s: %s",
                settings.scale(), seconds, rows));
        if (settings.dfluxPostgresOnly()) {
            return;
        }
        long start = System.nanoTime();
        mariadbRows = new MariaDbPgbenchLoader(logFolder.resolve("mariadb-load")).load(sourceData(), mariadb,
                SOURCE_DATABASE);
        measurements.remark(String.format(Locale.ROOT, "MariaDB source loaded with the same rows in %.1f s: %s",
                (System.nanoTime() - start) / 1e9, mariadbRows));
        expectSame("MariaDB source", rows, mariadbRows);
    }

    /** One repeat of every measurement; {@code repeat} counts from 1. */
    public void repeat(int repeat) throws Exception {
        String label = "r" + repeat;
        resetSource();
        MeasuredLoad baseline = measuredLoad("baseline-" + label);
        double baselineTps = baseline.load().tps();
        measurements.add("stream.baseline.tps", "tps", "pgbench TPS on the source with no replication at all",
                baselineTps);
        measurements.add("stream.baseline.machine_cpu_ms_per_ktx", "ms", "CPU time of the whole machine per 1,000"
                + " pgbench transactions with no replication: pgbench, its sessions and everything idle beside them",
                baseline.cpu().machineMillisPerThousand(baseline.load().transactions()));
        measurements.remark("baseline " + label + ": " + baseline.cpu());

        resetSource();
        PgbenchRows sourceRows = PgbenchRows.onPostgres(sourceData());
        if (settings.dfluxPostgresOnly()) {
            new DfluxPostgresRun(this, label, sourceRows, baselineTps).run();
            return;
        }
        copyWithPgDump(label, sourceRows);
        copyWithPgcopydb(label, sourceRows);
        if (stack != null) {
            new DfluxPostgresRun(this, label, sourceRows, baselineTps).run();
        }
        streamWithNativeReplication(label, baselineTps);
        streamWithDecodingOnly(label, baselineTps);
        copyWithPgloader(label);
        if (stack != null) {
            dfluxMariaDbCopy(label);
        }
    }

    private void copyWithPgDump(String label, PgbenchRows expected) throws Exception {
        String database = "pgdump_" + label;
        PgDatabases.fresh(target, database);
        settle();
        double seconds = pgDump.copy(new PgConnection(source, SOURCE_DATABASE), new PgConnection(target, database),
                label);
        measurements.add("copy.postgres.pg_dump.seconds", "s", "`pg_dump | psql` into a fresh database, wall time",
                seconds);
        expectSame(PgDumpRestore.ANCHOR + " " + label, expected, PgbenchRows.onPostgres(target.dataSource(database)));
        PgDatabases.drop(target, database);
    }

    private void copyWithPgcopydb(String label, PgbenchRows expected) throws Exception {
        String database = "pgcopydb_" + label;
        PgDatabases.fresh(target, database);
        settle();
        double seconds = pgcopydb.copy(new PgConnection(source, SOURCE_DATABASE), new PgConnection(target, database),
                label);
        measurements.add("copy.postgres.pgcopydb.seconds", "s", "`" + pgcopydb.name() + "` (defaults) into a fresh"
                + " database, wall time", seconds);
        expectSame(pgcopydb.name() + " " + label, expected, PgbenchRows.onPostgres(target.dataSource(database)));
        PgDatabases.drop(target, database);
    }

    private void streamWithNativeReplication(String label, double baselineTps) throws Exception {
        String database = "native_" + label;
        PgDatabases.fresh(target, database);
        PgConnection subscriber = new PgConnection(target, database);
        try (NativeLogicalReplication replication = NativeLogicalReplication.subscribe(
                new PgConnection(source, SOURCE_DATABASE), subscriber, pgDump, label)) {
            measurements.add("stream.native.sync_seconds", "s", "native: CREATE SUBSCRIPTION until every table's"
                    + " initial synchronisation is done (not an anchor: a copy by the subscription)",
                    replication.awaitSynchronized(settings.timeout()));
            vacuumSource();
            try (WalPositionLag probe = replication.lag()) {
                LagSampler sampler = LagSampler.start(probe, LAG_INTERVAL);
                MeasuredLoad measured = measuredLoad("native-" + label);
                PgbenchLoad.Result run = measured.load();
                LagSamples lag = sampler.stop();
                measurements.add("stream.native.tps", "tps", "pgbench TPS on the source while native logical"
                        + " replication streams", run.tps());
                measurements.add("stream.native.tps_ratio", "ratio", "native TPS / no-replication TPS of the same"
                        + " repeat", run.tps() / baselineTps);
                measurements.add("stream.native.lag_p99_ms", "ms", "native: p99 of the lag (source WAL position"
                        + " passing the subscriber's applied position, read every 200 ms on the source)",
                        finite(lag.p99(), "native lag " + label));
                measurements.add("stream.native.replay_lag_p99_ms", "ms", "native: p99 of the walsender's own"
                        + " replay_lag at the same readings (cross-check)",
                        new LagSamples(probe.replayLagMillis(), 0, List.of()).p99());
                measurements.add("stream.native.apply_cpu_ms_per_ktx", "ms", "native: CPU time of the target server"
                        + " (the subscription's apply worker) per 1,000 source transactions",
                        measured.cpu().millisPerThousand(run.transactions(), CpuSplit.TARGET_SERVER));
                measurements.add("stream.native.walsender_cpu_ms_per_ktx", "ms", "native: CPU time of the source's"
                        + " walsender (decoding) per 1,000 source transactions",
                        measured.cpu().millisPerThousand(run.transactions(), CpuSplit.SOURCE_WALSENDERS));
                measurements.remark("native " + label + ": " + run + "; lag " + lag + "; " + measured.cpu());
                measurements.add("stream.native.catch_up_seconds", "s", "native: from the end of the pgbench run"
                        + " until less than 1 s behind", CatchUp.seconds(probe, CAUGHT_UP_MILLIS, CATCH_UP_TIMEOUT));
            }
            awaitSameRows("native logical replication " + label, target.dataSource(database));
        }
        List<String> left = ReplicationLeftovers.awaitGoneOrDrop(sourceData(), CLEANUP_GRACE);
        if (!left.isEmpty()) {
            measurements.remark("native " + label + " left on the source after DROP SUBSCRIPTION: " + left);
        }
        PgDatabases.drop(target, database);
    }

    private void streamWithDecodingOnly(String label, double baselineTps) throws Exception {
        resetSource();
        try (DecodingOnly decoding = DecodingOnly.start(new PgConnection(source, SOURCE_DATABASE), logFolder, label)) {
            MeasuredLoad measured = measuredLoad("decoding-" + label);
            PgbenchLoad.Result run = measured.load();
            decoding.requireRunning();
            measurements.add("stream.decoding_only.tps", "tps", "pgbench TPS on the source while "
                    + DecodingOnly.ANCHOR + " reads a slot: decoding and sending without any apply", run.tps());
            measurements.add("stream.decoding_only.tps_ratio", "ratio", "decoding-only TPS / no-replication TPS of"
                    + " the same repeat: the most any replication decoding on this source can keep here",
                    run.tps() / baselineTps);
            measurements.add("stream.decoding_only.walsender_cpu_ms_per_ktx", "ms", "decoding only: CPU time of the"
                    + " source's walsender per 1,000 source transactions",
                    measured.cpu().millisPerThousand(run.transactions(), CpuSplit.SOURCE_WALSENDERS));
            measurements.remark("decoding only " + label + ": " + run + "; " + measured.cpu());
        }
        List<String> left = ReplicationLeftovers.awaitGoneOrDrop(sourceData(), CLEANUP_GRACE);
        if (!left.isEmpty()) {
            measurements.remark("decoding only " + label + " left on the source after dropping its slot: " + left);
        }
    }

    private void copyWithPgloader(String label) throws Exception {
        String database = "pgloader_" + label;
        PgDatabases.fresh(target, database);
        settle();
        PgloaderCopy.Timed copy = pgloader.copy(mariadb, SOURCE_DATABASE, target, database);
        measurements.add("copy.mariadb.pgloader.seconds", "s", "`" + pgloader.name() + "` MariaDB → PostgreSQL, wall"
                + " time", copy.seconds());
        expectSame(pgloader.name() + " " + label + " " + copy.migrated().remarks(), mariadbRows,
                PgbenchRows.onPostgres(target.dataSource(database)));
        PgDatabases.drop(target, database);
    }

    private void dfluxMariaDbCopy(String label) throws Exception {
        String database = "dflux_mariadb_" + label;
        PgDatabases.fresh(target, database);
        settle();
        try (ProcessSampler executor = executorSampler()) {
            ProcessSampler.Window window = executor.window();
            DfluxExecutorMigration migration = DfluxExecutorMigration.register(stack, tenant, MigrationRequests.fromMariaDb(
                    "executor-benchmark-mariadb-" + label, mariadb, SOURCE_DATABASE, target, database));
            DfluxExecutorMigration.Copy copy = migration.awaitCopy(settings.timeout());
            ProcessSampler.Usage usage = window.close();
            measurements.add("copy.mariadb.dflux.seconds", "s", "dflux MariaDB → PostgreSQL:"
                    + " `SnapshotCompleted.seconds`", copy.seconds());
            measurements.add("copy.mariadb.dflux.wall_seconds", "s", "dflux MariaDB → PostgreSQL: " + copy.wallSource(),
                    copy.wallSeconds());
            measurements.add("executor.mariadb_copy.heap_mb", "MiB", "executor-service peak used heap during the"
                    + " MariaDB copy", usage.peakHeapMb());
            measurements.add("executor.mariadb_copy.cpu_seconds", "s", "executor-service CPU time during the MariaDB"
                    + " copy", usage.cpuSeconds());
            measurements.remark(String.format(Locale.ROOT, "dflux MariaDB %s: %d tables, %d rows, %d bytes; executor"
                    + " %s", label, copy.tables(), copy.rows(), copy.bytes(), usage));
            expectSame("dflux MariaDB copy " + label, mariadbRows, PgbenchRows.onPostgres(target.dataSource(database)));
            migration.delete();
        }
        PgDatabases.drop(target, database);
    }

    /** Runs pgbench on the source as every streaming measurement does, reading the machine's CPU around it. */
    MeasuredLoad measuredLoad(String label) throws Exception {
        CpuSplit.Reading start = cpuSplit.read();
        PgbenchLoad.Result load = pgbench.run(settings.clients(), settings.seconds(), label);
        return new MeasuredLoad(load, cpuSplit.between(start, cpuSplit.read()));
    }

    /** Empties pgbench_history, which pgbench only appends to, and vacuums: the same source for every copy and run. */
    void resetSource() throws Exception {
        PgDatabases.execute(source, SOURCE_DATABASE, "TRUNCATE pgbench_history", "VACUUM ANALYZE");
        settle();
    }

    void vacuumSource() throws Exception {
        PgDatabases.execute(source, SOURCE_DATABASE, "VACUUM ANALYZE");
        settle();
    }

    /**
     * Checkpoints both PostgreSQL servers and has the kernel write out its dirty pages, so that no measurement pays for
     * the writes of the one before it: every copy leaves a few hundred MB of WAL and table pages behind, and whichever
     * run met the next checkpoint or writeback would be slower by where it stood in the order.
     */
    void settle() throws Exception {
        PgDatabases.execute(source, "postgres", "CHECKPOINT");
        PgDatabases.execute(target, "postgres", "CHECKPOINT");
        Commands.run(List.of("sync"), logFolder.resolve("sync.log"));
    }

    /** Waits until the target holds what the source holds now (the load has stopped); a problem if it never does. */
    void awaitSameRows(String what, DataSource targetDatabase) throws Exception {
        PgbenchRows expected = PgbenchRows.onPostgres(sourceData());
        PgbenchRows actual;
        try {
            actual = await(what + " holds the source's rows").atMost(Duration.ofMinutes(2)).pollDelay(Duration.ZERO)
                    .pollInterval(Duration.ofSeconds(1)).until(() -> PgbenchRows.onPostgres(targetDatabase),
                            expected::equals);
        } catch (ConditionTimeoutException e) {
            actual = PgbenchRows.onPostgres(targetDatabase);
        }
        expectSame(what + " after the load stopped", expected, actual);
    }

    void expectSame(String what, PgbenchRows expected, PgbenchRows actual) {
        if (!Objects.equals(expected, actual)) {
            problems.add(what + ": expected " + expected + ", found " + actual);
            measurements.remark("PROBLEM " + what + ": expected " + expected + ", found " + actual);
        }
    }

    static double finite(double value, String what) {
        if (!Double.isFinite(value)) {
            throw new IllegalStateException(what + ": no value measured");
        }
        return value;
    }

    ProcessSampler executorSampler() throws Exception {
        return ProcessSampler.start(stack.service(DfluxStack.EXECUTOR).pid(),
                () -> stack.service(DfluxStack.EXECUTOR).metrics(), PROCESS_INTERVAL);
    }

    DataSource sourceData() {
        return source.dataSource(SOURCE_DATABASE);
    }

    ExecutorBenchSettings settings() {
        return settings;
    }

    PostgresServer source() {
        return source;
    }

    PostgresServer target() {
        return target;
    }

    DfluxStack stack() {
        return stack;
    }

    TenantClient tenant() {
        return tenant;
    }

    Duration lagInterval() {
        return LAG_INTERVAL;
    }

    Duration cleanupGrace() {
        return CLEANUP_GRACE;
    }

    double caughtUpMillis() {
        return CAUGHT_UP_MILLIS;
    }

    Duration catchUpTimeout() {
        return CATCH_UP_TIMEOUT;
    }

    public Measurements measurements() {
        return measurements;
    }

    /** What went wrong beside the timings: a copy or a stream whose target does not hold the source's rows. */
    public List<String> problems() {
        return List.copyOf(problems);
    }

    public String pgcopydbName() {
        return pgcopydb.name();
    }

    public String pgloaderName() {
        return pgloader.name();
    }
}
