package ai.dflux.executor.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** The Executor Agent's settings. */
@ConfigMapping(prefix = "dflux.executor")
public interface ExecutorConfig {

    /** How often the worker looks for replications to start or resume. */
    @WithDefault("1s")
    Duration pollInterval();

    /** Tables (or chunks of one table) copied at the same time. */
    @WithDefault("2")
    int copyParallelism();

    /**
     * Rows per chunk of a large table: each chunk commits with its bookkeeping row, so a restarted copy loses at most
     * one chunk's work per reader.
     */
    @WithDefault("100000")
    long copyChunkRows();

    /**
     * A PostgreSQL source table estimated at no more rows than this is copied whole, in one sequential read, rather than
     * in key-range chunks: reading a key range walks the primary key's index, which costs the source several times the
     * work of reading the same rows in sequence (docs/decisions.md), so only a table this large gains enough from being
     * resumable chunk by chunk. 0 splits every table with a key. MariaDB tables are always split: InnoDB stores rows in
     * key order, so a key range is a sequential read there.
     */
    @WithDefault("10000000")
    long copyWholeTableRows();

    /**
     * A table the source estimates at this many rows or more is loaded without its primary key, which is built once
     * its rows are in: one index build costs the target less than keeping the index up to date row by row (decision
     * 22). 0 does so for every table; a number larger than any table keeps every key during the load.
     */
    @WithDefault("100000")
    long copyKeyAfterRows();

    /**
     * The most rows per second the copy reads from the source, all tables together; 0 for no limit. A ceiling keeps a
     * copy from crowding out the source's own work.
     */
    @WithDefault("0")
    long copyMaxRowsPerSecond();

    /** How often {@code ReplicationLagReported} is published while changes stream. */
    @WithDefault("10s")
    Duration lagReportInterval();

    /**
     * How long a replication keeps trying, from the first of its failures in a row, while the source, the target or
     * another agent cannot be reached, before the migration fails.
     */
    @WithDefault("10m")
    Duration giveUpAfter();

    /** The longest pause between two attempts of a replication that keeps failing. */
    @WithDefault("30s")
    Duration maxBackoff();

    /**
     * How long a stream that met a source column or table its converted schema lacks waits for the next converted
     * revision before it pauses ({@code INCOMPATIBLE_DRIFT}); discovery's drift check and the conversion come first.
     */
    @WithDefault("10m")
    Duration driftWait();

    /**
     * How long a replica's claim on a replication holds without renewal (it renews at every poll). Another replica
     * resumes the replication once the claim has run out, so this is also how long a crashed replica's replications
     * wait; a replica that cannot renew for half of it halts its replications first.
     */
    @WithDefault("30s")
    Duration leaseDuration();

    /**
     * This replica's name in the leases; by default the host's name and the HTTP port, so that a replica restarted in
     * place takes its replications back at once.
     */
    Optional<String> instanceId();

    /** Readiness reports a stream as stalled when its lag has stayed above this long while it applied nothing. */
    @WithDefault("2m")
    Duration stallAfter();
}
