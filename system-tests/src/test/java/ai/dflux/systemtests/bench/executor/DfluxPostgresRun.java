package ai.dflux.systemtests.bench.executor;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * dflux's part of one repeat on the PostgreSQL source: a migration into a fresh database of the target server, its
 * copy ({@code SnapshotCompleted}), then the pgbench run while it streams, with the lag read on the source every 200 ms
 * as for native replication (and the lag the Executor reports, every 5 s, beside it), and the executor-service
 * process watched throughout; then the migration is deleted and the source
 * checked for what it left behind.
 */
final class DfluxPostgresRun {

    /**
     * The Executor's own lag is a cross-check, read far less often than the source's positions: each read costs the
     * executor and this JVM CPU that the source's TPS shares.
     */
    private static final Duration REPORTED_LAG_INTERVAL = Duration.ofSeconds(5);

    private final ExecutorBenchmarkRun run;
    private final String label;
    private final PgbenchRows sourceRows;
    private final double baselineTps;

    DfluxPostgresRun(ExecutorBenchmarkRun run, String label, PgbenchRows sourceRows, double baselineTps) {
        this.run = run;
        this.label = label;
        this.sourceRows = sourceRows;
        this.baselineTps = baselineTps;
    }

    void run() throws Exception {
        Measurements measurements = run.measurements();
        ExecutorBenchSettings settings = run.settings();
        String database = "dflux_postgres_" + label;
        PgDatabases.fresh(run.target(), database);
        try (ProcessSampler executor = run.executorSampler()) {
            run.settle();
            ProcessSampler.Window whole = executor.window();
            ProcessSampler.Window copying = executor.window();
            DfluxExecutorMigration migration = DfluxExecutorMigration.register(run.stack(), run.tenant(),
                    DfluxExecutorMigration.postgresRequest("executor-benchmark-postgres-" + label, run.source(),
                            ExecutorBenchmarkRun.SOURCE_DATABASE, run.target(), database));
            DfluxExecutorMigration.Copy copy = migration.awaitCopy(settings.timeout());
            ProcessSampler.Usage copyUsage = copying.close();
            measurements.add("copy.postgres.dflux.seconds", "s", "dflux PostgreSQL → PostgreSQL:"
                    + " `SnapshotCompleted.seconds`", copy.seconds());
            measurements.add("copy.postgres.dflux.wall_seconds", "s", "dflux PostgreSQL → PostgreSQL: "
                    + copy.wallSource(), copy.wallSeconds());
            measurements.remark(String.format(Locale.ROOT, "dflux PostgreSQL %s: %d tables, %d rows, %d bytes;"
                    + " executor during the copy: %s", label, copy.tables(), copy.rows(), copy.bytes(), copyUsage));
            run.expectSame("dflux PostgreSQL copy " + label, sourceRows,
                    PgbenchRows.onPostgres(run.target().dataSource(database)));

            migration.awaitStreaming(settings.timeout());
            run.vacuumSource();
            ProcessSampler.Window streaming = executor.window();
            ExecutorBenchmarkRun.MeasuredLoad measured;
            LagSamples lag;
            LagSamples reportedLag;
            double catchUp;
            try (WalPositionLag slotLag = WalPositionLag.ofSlot(run.sourceData(), slotName(migration))) {
                LagSampler sampler = LagSampler.start(slotLag, run.lagInterval());
                LagSampler reported = LagSampler.start(migration::lagMillis, REPORTED_LAG_INTERVAL);
                measured = run.measuredLoad("dflux-" + label);
                lag = sampler.stop();
                reportedLag = reported.stop();
                catchUp = CatchUp.seconds(slotLag, run.caughtUpMillis(), run.catchUpTimeout());
            }
            ProcessSampler.Usage streamUsage = streaming.close();
            ProcessSampler.Usage wholeUsage = whole.close();
            PgbenchLoad.Result load = measured.load();

            measurements.add("stream.dflux.tps", "tps", "pgbench TPS on the source while dflux streams", load.tps());
            measurements.add("stream.dflux.tps_ratio", "ratio", "dflux TPS / no-replication TPS of the same repeat",
                    load.tps() / baselineTps);
            measurements.add("stream.dflux.lag_p99_ms", "ms", "dflux: p99 of the lag (source WAL position passing"
                    + " the position dflux confirmed to its slot, read every 200 ms on the source, as for native)",
                    ExecutorBenchmarkRun.finite(lag.p99(), "dflux lag " + label));
            measurements.add("stream.dflux.reported_lag_p99_ms", "ms", "dflux: p99 of `replication.stream.lagSeconds`"
                    + " of `GET .../replication`, read every 5 s (cross-check)",
                    ExecutorBenchmarkRun.finite(reportedLag.p99(), "dflux reported lag " + label));
            measurements.add("stream.dflux.catch_up_seconds", "s", "dflux: from the end of the pgbench run until"
                    + " less than 1 s behind", catchUp);
            measurements.add("stream.dflux.apply_cpu_ms_per_ktx", "ms", "dflux: CPU time of the executor and the"
                    + " target server per 1,000 source transactions",
                    measured.cpu().millisPerThousand(load.transactions(), CpuSplit.EXECUTOR, CpuSplit.TARGET_SERVER));
            measurements.add("stream.dflux.walsender_cpu_ms_per_ktx", "ms", "dflux: CPU time of the source's"
                    + " walsender (decoding) per 1,000 source transactions",
                    measured.cpu().millisPerThousand(load.transactions(), CpuSplit.SOURCE_WALSENDERS));
            measurements.add("executor.heap_mb", "MiB", "executor-service peak used heap, PostgreSQL migration (copy"
                    + " and streaming)", wholeUsage.peakHeapMb());
            measurements.add("executor.cpu_seconds", "s", "executor-service CPU time, PostgreSQL migration (copy and"
                    + " streaming)", wholeUsage.cpuSeconds());
            measurements.add("executor.copy.cpu_seconds", "s", "executor-service CPU time during the PostgreSQL copy",
                    copyUsage.cpuSeconds());
            measurements.add("executor.stream.cpu_seconds", "s", "executor-service CPU time during the pgbench run",
                    streamUsage.cpuSeconds());
            measurements.add("executor.rss_mb", "MiB", "executor-service peak resident memory, PostgreSQL migration",
                    wholeUsage.peakRssMb());
            measurements.remark("dflux " + label + ": " + load + "; lag " + lag + "; reported lag " + reportedLag
                    + "; executor while streaming: " + streamUsage + "; " + measured.cpu());
            run.awaitSameRows("dflux streaming " + label, run.target().dataSource(database));
            migration.delete();
        }
        List<String> left = ReplicationLeftovers.awaitGoneOrDrop(run.sourceData(), run.cleanupGrace());
        if (!left.isEmpty()) {
            measurements.remark("dflux " + label + " left on the source " + run.cleanupGrace().toSeconds()
                    + " s after DELETE (dropped by the benchmark): " + left);
        }
        PgDatabases.drop(run.target(), database);
    }

    /** The slot the Executor creates on a PostgreSQL source for a migration. */
    private static String slotName(DfluxExecutorMigration migration) {
        return "dflux_" + migration.id().replace("-", "");
    }
}
