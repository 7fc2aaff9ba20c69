package ai.dflux.systemtests.bench.executor;

import ai.dflux.systemtests.DfluxStack;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The Markdown report of one Executor benchmark run: how each side was measured, every measure, the remarks. */
public final class ExecutorReport {

    private ExecutorReport() {
    }

    public static String markdown(ExecutorBenchSettings settings, ExecutorBenchmarkRun run, LocalDate date,
            String machine) {
        StringBuilder md = new StringBuilder();
        md.append("# Executor benchmark: copy and streaming\n\n");
        md.append(String.format(Locale.ROOT, "Run of %s on %s: %s.%s\n\n", date, machine, settings,
                settings.recordsFigures() ? "" : " **Not the issue's sizes or without dflux: a smoke run, whose"
                        + " figures are not recorded in benchmarks.json.**"));
        md.append(method(run)).append('\n');
        md.append("## Measures\n\nMedian of the repeats, then the range and every repeat's value in order.\n\n");
        md.append("| Measure | Unit | Median | Min | Max | Runs | What |\n| --- | --- | ---: | ---: | ---: | --- | --- |\n");
        for (Measurements.Measure measure : run.measurements().all()) {
            md.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s |\n", measure.name(),
                    measure.unit(), number(measure.median()),
                    number(measure.values().stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN)),
                    number(measure.values().stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN)),
                    measure.values().stream().map(ExecutorReport::number).collect(Collectors.joining(", ")),
                    measure.description().replace("|", "\\|")));
        }
        md.append("\n## Remarks\n\n");
        for (String remark : run.measurements().remarks()) {
            md.append("- ").append(remark.replace("|", "\\|")).append('\n');
        }
        List<String> problems = run.problems();
        md.append("\n## Problems\n\n").append(problems.isEmpty() ? "None: every copy and every stream ended with the"
                + " source's rows and balances.\n" : problems.stream().map(p -> "- " + p + "\n")
                        .collect(Collectors.joining()));
        return md.toString();
    }

    static String method(ExecutorBenchmarkRun run) {
        return String.join("\n", List.of(
                "## Method",
                "",
                "Three servers on one machine: a PostgreSQL source (testkit: `wal_level = logical`, `fsync = off`,"
                        + " `synchronous_commit = off`), a MariaDB source and a second PostgreSQL server that every"
                        + " copy and every subscriber writes to, a fresh database each time. dflux runs as its five"
                        + " services (JVM mode, each sized as its Kubernetes manifest sizes it: the executor `"
                        + String.join(" ", DfluxStack.deployedJvmOptions(DfluxStack.EXECUTOR)) + "`) over Kafka,"
                        + " with their control plane in a third"
                        + " PostgreSQL, and with their deployed settings (discovery rereads a migration's source for"
                        + " drift every minute; the system tests make it every 3 s).",
                "",
                "- **Data**: `pgbench -i -s <scale>` on the PostgreSQL source; the same rows put into MariaDB (same"
                        + " tables, MariaDB's equivalent types, pgbench's primary keys) by `COPY ... TO STDOUT` and"
                        + " `LOAD DATA LOCAL INFILE`. Before each copy and each pgbench run `pgbench_history` is"
                        + " emptied and the source vacuumed and analysed, so every tool copies the same rows; and"
                        + " before each copy and each pgbench run both PostgreSQL servers take a `CHECKPOINT` and the"
                        + " kernel writes out its dirty pages (`sync`), so that no run pays for the writes of the one"
                        + " before it.",
                "- **PostgreSQL copy**: dflux's `SnapshotCompleted.seconds` (its own measure of the copy: pre-data"
                        + " DDL, rows, post-data DDL); the wall time from `MigrationCreated` to `SnapshotCompleted`"
                        + " (discovery and conversion included) beside it. Anchors, wall time of the command:"
                        + " `pg_dump --no-owner | psql` (one connection each) and `" + run.pgcopydbName()
                        + "` with its defaults (4 table jobs, 4 index jobs).",
                "- **MariaDB copy**: dflux's `SnapshotCompleted.seconds` against `" + run.pgloaderName()
                        + "`, run as the compatibility benchmark runs it (`pgloader mysql://... postgresql://...`,"
                        + " schema and rows). The goal: dflux at least twice as fast (ratio ≤ 0.5).",
                "- **Streaming**: `pgbench -c <clients> -T <seconds>` (default transaction, pgbench's defaults"
                        + " otherwise) on the source, four times per repeat: with no replication (no slot, no"
                        + " publication), while dflux streams the migration it just copied, while native logical"
                        + " replication streams (`CREATE PUBLICATION ... FOR ALL TABLES`, `CREATE SUBSCRIPTION` on the"
                        + " second server after `pg_dump --schema-only`, measured once its initial synchronisation is"
                        + " done), and while `pg_recvlogical` reads a pgoutput slot of such a publication into"
                        + " `/dev/null` (decoding and sending alone, no apply: the most any replication that decodes"
                        + " on the source can keep on this machine). TPS ratio = TPS while replicating / TPS without,"
                        + " within the same repeat.",
                "- **Lag**: read every 200 ms during the pgbench run, p99 by nearest rank, the same way for both:"
                        + " the age of the newest change the replication applied, read on the source: the time since"
                        + " the source's WAL (`pg_current_wal_lsn()`, recorded at each reading) passed the position"
                        + " the replication reports applied, interpolated between readings; it covers decoding,"
                        + " sending and applying, to the sampling interval. dflux reports it as its slot's"
                        + " `confirmed_flush_lsn`, the position it committed on the target with the rows; native as"
                        + " its walsender's `replay_lsn`. Cross-checks: the `replication.stream.lagSeconds` dflux's"
                        + " Executor reports (`GET /api/v1/migrations/{id}/replication`, read every 5 s: each read"
                        + " costs the executor CPU), and the walsender's own `replay_lag` for native (it starts only"
                        + " when the walsender decodes a commit). After the run, the time to be less than 1 s behind"
                        + " and a check that the target holds the source's rows and balance sum.",
                "- **Executor process**: the executor-service JVM, sampled every 3 s: used heap (sum of"
                        + " `jvm_memory_used_bytes{area=\"heap\"}` of its `/q/metrics`; a used-heap peak, garbage"
                        + " included, under the heap limit above), resident memory"
                        + " (`VmRSS`) and CPU time (`utime + stime` of `/proc/<pid>/stat`), over the PostgreSQL"
                        + " migration from registration to the end of the catch-up after the pgbench run, and per"
                        + " phase.",
                "- **Where the CPU goes**: around each pgbench run, the CPU time (`/proc`) of the source server's"
                        + " sessions, of its walsenders, of the target server (its ended processes included), of the"
                        + " executor, of dflux's other services, of its control plane with Kafka, and the rest of the"
                        + " machine's busy time (pgbench itself, the benchmark, the system). The figures per 1,000"
                        + " source transactions: the walsender's decoding, and the apply: native's target server"
                        + " against dflux's executor and target server. Every run's split is in the remarks.",
                "- **Order within a repeat**: no-replication run; `pg_dump | psql`; pgcopydb; dflux copy, then its"
                        + " streaming run; native subscription, then its streaming run; the decoding-only run;"
                        + " pgloader; dflux MariaDB copy."
                        + " Each migration is deleted after its measurement and the source checked for slots and"
                        + " publications left behind (reported, then dropped).",
                ""));
    }

    private static String number(double value) {
        if (!Double.isFinite(value)) {
            return "–";
        }
        return String.format(Locale.ROOT, "%.3f", value).replaceAll("\\.?0+$", "");
    }
}
