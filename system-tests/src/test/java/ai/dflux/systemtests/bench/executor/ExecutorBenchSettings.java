package ai.dflux.systemtests.bench.executor;

import java.time.Duration;
import java.util.Locale;

/**
 * The sizes of one run of the Executor benchmark, from system properties; the defaults are the issue's, and only a run
 * of those sizes with dflux measured may record figures.
 *
 * <pre>
 * dflux.bench.executor.scale    pgbench -i -s (default 20: 2,000,000 accounts)
 * dflux.bench.executor.seconds  pgbench -T    (default 60)
 * dflux.bench.executor.clients  pgbench -c    (default 4)
 * dflux.bench.repeats           runs of every measurement (default 3)
 * dflux.bench.anchors-only      measure the anchors only, without dflux's services (default false)
 * dflux.bench.executor.timeout-minutes  longest wait for one dflux copy or one subscription sync (default 30)
 * dflux.bench.executor.dflux-postgres-only  the baseline and dflux's PostgreSQL copy and stream only, no anchors and
 *                                           no MariaDB: a quicker run while tuning, which records nothing
 * </pre>
 */
public record ExecutorBenchSettings(int scale, int seconds, int clients, int repeats, boolean anchorsOnly,
        Duration timeout, boolean dfluxPostgresOnly) {

    public static final int ISSUE_SCALE = 20;
    public static final int ISSUE_SECONDS = 60;
    public static final int ISSUE_CLIENTS = 4;

    public static ExecutorBenchSettings fromSystemProperties() {
        return new ExecutorBenchSettings(
                Integer.getInteger("dflux.bench.executor.scale", ISSUE_SCALE),
                Integer.getInteger("dflux.bench.executor.seconds", ISSUE_SECONDS),
                Integer.getInteger("dflux.bench.executor.clients", ISSUE_CLIENTS),
                Integer.getInteger("dflux.bench.repeats", 3),
                Boolean.getBoolean("dflux.bench.anchors-only"),
                Duration.ofMinutes(Integer.getInteger("dflux.bench.executor.timeout-minutes", 30)),
                Boolean.getBoolean("dflux.bench.executor.dflux-postgres-only"));
    }

    /** Whether figures of this run may go into {@code docs/benchmarks.json}: the issue's sizes, dflux measured. */
    public boolean recordsFigures() {
        return !anchorsOnly && !dfluxPostgresOnly && scale == ISSUE_SCALE && seconds == ISSUE_SECONDS && clients == ISSUE_CLIENTS;
    }

    /** Rows of {@code pgbench_accounts}. */
    public long accounts() {
        return 100_000L * scale;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "pgbench -i -s %d (%,d accounts), pgbench -c %d -T %d, %d repeat(s)%s",
                scale, accounts(), clients, seconds, repeats, anchorsOnly ? ", anchors only"
                : dfluxPostgresOnly ? ", dflux PostgreSQL only" : "");
    }
}
