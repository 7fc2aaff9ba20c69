package ai.dflux.executor.domain.stream;

import ai.dflux.contracts.Dialect;
import ai.dflux.contracts.agents.DatabaseCredentials;
import ai.dflux.executor.domain.db.DataSources;
import io.debezium.embedded.Connect;
import io.debezium.engine.DebeziumEngine;
import io.debezium.engine.ChangeEvent;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.apache.kafka.connect.source.SourceRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One migration's change data capture: a Debezium embedded engine, in a thread of its own, reading the source from the
 * copy's snapshot position (or from the position last committed on the target) and applying every change to the target
 * exactly once. {@link #stop()} returns once the engine has closed; an apply in progress has then either committed
 * its rows and position together or left nothing behind.
 */
public final class ChangeStream implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ChangeStream.class);
    private static final Duration STOP_TIMEOUT = Duration.ofMinutes(2);

    private final ChangeStreamSpec spec;
    private final SourcePositions positions;
    private final Map<String, ?> startOffset;
    private final DataSource source;
    private final LagProbe lagProbe;
    private final SourceReads sourceReads;
    private final Connection target;
    private final ProgressTracker progress;
    private final CountDownLatch finished = new CountDownLatch(1);
    private final ExecutorService thread;
    private DebeziumEngine<ChangeEvent<SourceRecord, SourceRecord>> engine;
    private volatile StreamProgress.State state = StreamProgress.State.STARTING;
    private volatile Throwable failure;
    private volatile boolean stopping;

    private ChangeStream(ChangeStreamSpec spec, SourceDialect dialect, Connection target) {
        this.spec = spec;
        this.positions = dialect.positions();
        this.startOffset = dialect.startOffset(spec);
        this.source = DataSources.source(spec.source());
        this.lagProbe = new LagProbe(source, positions);
        this.sourceReads = SourceReads.of(DataSources.dialectOf(spec.source()), source);
        this.target = target;
        this.progress = new ProgressTracker(Clock.systemUTC(),
                Duration.ofMillis(Long.parseLong(CommonEngineSettings.HEARTBEAT_INTERVAL_MS)));
        this.thread = Executors.newSingleThreadExecutor(runnable -> {
            Thread worker = new Thread(runnable, "dflux-stream-" + spec.migrationId());
            worker.setDaemon(true);
            return worker;
        });
    }

    /** Starts streaming; the stream runs until {@link #stop()} or a failure, which {@link #progress()} shows. */
    public static ChangeStream start(ChangeStreamSpec spec) {
        return start(spec, ApplyHook.NONE);
    }

    /** As {@link #start(ChangeStreamSpec)}, with a hook run inside each apply's target transaction before it commits. */
    public static ChangeStream start(ChangeStreamSpec spec, ApplyHook hook) {
        SourceDialect dialect = SourceDialect.of(DataSources.dialectOf(spec.source()));
        Connection target = null;
        try {
            target = TargetSettings.connect(spec.target());
            target.setAutoCommit(true);
            durableCommits(target);
            TargetRules rules = TargetRules.read(target, replicaRole(spec, target), spec.tables());
            Properties properties = prepareTarget(spec, dialect, target);
            CommittedPositions committed = CommittedPositions.read(target, spec.migrationId());
            ChangeStream stream = new ChangeStream(spec, dialect, target);
            stream.run(properties, hook, rules, committed);
            return stream;
        } catch (SQLException | RuntimeException e) {
            closeQuietly(target);
            throw new IllegalStateException("migration " + spec.migrationId() + ": the change stream cannot start: "
                    + e.getMessage(), e);
        }
    }

    /**
     * Readies the target connection and bookkeeping, records the copy's position where the connector needs it as an
     * offset, and returns the engine properties for this start.
     */
    private static Properties prepareTarget(ChangeStreamSpec spec, SourceDialect dialect, Connection target)
            throws SQLException {
        target.setAutoCommit(true);
        StreamBookkeeping.ensure(target);
        boolean positionCommitted = !StreamBookkeeping.offsets(target, spec.migrationId()).isEmpty();
        boolean historyRecorded = StreamBookkeeping.hasHistory(target, spec.migrationId());
        SourceConnectorSettings settings = dialect.settings();
        SourceConnectorSettings.SeedOffset seed = settings.seed(spec);
        target.setAutoCommit(false);
        if (seed != null && !positionCommitted) {
            // a history without a position is what an earlier start left before it committed anything
            StreamBookkeeping.forget(target, spec.migrationId());
            OffsetCodec codec = new OffsetCodec(spec.engineName());
            if (!StreamBookkeeping.advanceOffset(target, spec.migrationId(), codec.key(seed.partition()), null,
                    codec.value(seed.offset()))) {
                throw new StreamPositionMoved(spec.migrationId());
            }
            TargetSchemaHistory.seed(target, spec.migrationId(), seed, spec.startDefinitions());
            target.commit();
            historyRecorded = !spec.startDefinitions().isEmpty();
            LOG.info("migration {}: the stream starts at the copy's position {}{}", spec.migrationId(),
                    spec.start().describe(), historyRecorded ? ", with the " + spec.startDefinitions().size()
                            + " table structures the copy read there" : "");
        }
        return settings.properties(spec, historyRecorded);
    }

    /**
     * The source learns a position is applied as soon as its apply commits, and then may discard what came before it;
     * a target whose commits returned before reaching its disk (synchronous_commit off) could lose them in a crash
     * while the source no longer has them.
     */
    private static void durableCommits(Connection target) throws SQLException {
        try (Statement statement = target.createStatement()) {
            statement.execute("SET synchronous_commit = on");
        }
    }

    /**
     * Triggers and foreign keys do not fire for replicated changes, as in PostgreSQL's own logical replication; this
     * needs a superuser, and without one the apply runs with them.
     */
    private static boolean replicaRole(ChangeStreamSpec spec, Connection target) {
        try (Statement statement = target.createStatement()) {
            statement.execute("SET session_replication_role = replica");
            return true;
        } catch (SQLException e) {
            LOG.warn("migration {}: the target user may not set session_replication_role, so target triggers and"
                    + " foreign key checks run during the apply, which then keeps the source order across tables"
                    + " (slower): {}", spec.migrationId(), e.getMessage());
            return false;
        }
    }

    private void run(Properties properties, ApplyHook hook, TargetRules rules, CommittedPositions committed) {
        ChangeApplier applier = new ChangeApplier(spec, target, progress, hook, sourceReads, rules, positions,
                committed, this::waitForSchema);
        engine = DebeziumEngine.create(Connect.class)
                .using(properties)
                .using(new DebeziumEngine.ConnectorCallback() {
                    @Override
                    public void taskStarted() {
                        if (!stopping) {
                            state = StreamProgress.State.RUNNING;
                        }
                    }
                })
                .using(this::completed)
                .notifying(applier)
                .build();
        thread.execute(engine);
        LOG.info("migration {}: change stream started from {} to {}", spec.migrationId(), spec.source(), spec.target());
    }

    /**
     * The applier refused a change the converted schema cannot write: the stream waits for the conversion. The engine
     * is closed from another thread, since this runs on the engine's own.
     */
    private void waitForSchema(String reason) {
        failure = new IllegalStateException(reason);
        state = StreamProgress.State.WAITING_FOR_SCHEMA;
        LOG.warn("migration {}: the change stream waits for the source schema's conversion: {}", spec.migrationId(),
                reason);
        Thread closer = new Thread(this::closeEngine, "dflux-stream-wait-" + spec.migrationId());
        closer.setDaemon(true);
        closer.start();
    }

    private void closeEngine() {
        try {
            engine.close();
        } catch (IOException | RuntimeException e) {
            LOG.debug("migration {}: closing the engine: {}", spec.migrationId(), e.getMessage());
        }
    }

    private void completed(boolean success, String message, Throwable error) {
        Optional<String> waiting = SchemaWait.reasonIn(error);
        if (!stopping && waiting.isPresent()) {
            failure = new IllegalStateException(waiting.get());
            state = StreamProgress.State.WAITING_FOR_SCHEMA;
            LOG.warn("migration {}: the change stream waits for the source schema's conversion: {}",
                    spec.migrationId(), waiting.get());
        } else if (!stopping && (!success || error != null)) {
            failure = error != null ? error : new IllegalStateException(message);
            state = StreamProgress.State.FAILED;
            LOG.error("migration {}: the change stream failed: {}", spec.migrationId(), message, error);
        } else if (state != StreamProgress.State.WAITING_FOR_SCHEMA) {
            state = StreamProgress.State.STOPPED;
        }
        finished.countDown();
    }

    /**
     * Forgets the source position and schema history committed on the target for a migration, so its next stream
     * starts from its copy's position again; for a migration that is deleted or copied anew. Never while it streams.
     */
    public static void discardPosition(DatabaseCredentials target, String migrationId) {
        try (Connection connection = TargetSettings.connect(target)) {
            connection.setAutoCommit(true);
            StreamBookkeeping.ensure(connection);
            StreamBookkeeping.forget(connection, migrationId);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot discard the stream position of migration " + migrationId + " on "
                    + target + ": " + e.getMessage(), e);
        }
    }

    public String migrationId() {
        return spec.migrationId();
    }

    public boolean isRunning() {
        return state == StreamProgress.State.STARTING || state == StreamProgress.State.RUNNING;
    }

    /** Where the stream stands; asks the source how far ahead it is, so call it periodically, not in a loop. */
    public StreamProgress progress() {
        Map<String, ?> offset = progress.lastOffset();
        long lagBytes = lagBytes(offset == null ? startOffset : offset);
        double lagSeconds = lagBytes == 0 ? 0 : progress.lagSeconds();
        Throwable cause = failure;
        return new StreamProgress(state, progress.appliedEvents(), progress.appliedRows(),
                sourceReads.count().queries(), sourceReads.count().rows(),
                offset == null ? "" : positions.describe(offset), progress.lastSourceCommit(), lagSeconds, lagBytes,
                cause == null ? null : describe(cause));
    }

    private long lagBytes(Map<String, ?> offset) {
        try {
            return lagProbe.lagBytes(offset);
        } catch (SQLException e) {
            LOG.debug("migration {}: the source cannot tell its lag: {}", spec.migrationId(), e.getMessage());
            return -1;
        }
    }

    /** Stops the engine and waits until it has closed. Safe to call more than once. */
    public void stop() {
        if (stopping) {
            awaitFinished();
            return;
        }
        stopping = true;
        try {
            if (engine != null && finished.getCount() > 0) {
                engine.close();
            }
        } catch (IOException | IllegalStateException e) {
            // an engine that failed has shut itself down already
            LOG.debug("migration {}: closing the engine: {}", spec.migrationId(), e.getMessage());
        }
        awaitFinished();
        thread.shutdownNow();
        closeQuietly(target);
        lagProbe.close();
        sourceReads.close();
        if (state != StreamProgress.State.FAILED && state != StreamProgress.State.WAITING_FOR_SCHEMA) {
            state = StreamProgress.State.STOPPED;
        }
        LOG.info("migration {}: change stream stopped", spec.migrationId());
    }

    @Override
    public void close() {
        stop();
    }

    private void awaitFinished() {
        try {
            if (!finished.await(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                LOG.warn("migration {}: the engine did not close within {}", spec.migrationId(), STOP_TIMEOUT);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String describe(Throwable cause) {
        StringBuilder text = new StringBuilder(String.valueOf(cause.getMessage()));
        for (Throwable next = cause.getCause(); next != null && next != next.getCause(); next = next.getCause()) {
            text.append("; caused by: ").append(next.getMessage());
        }
        return text.toString();
    }

    private static void closeQuietly(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.debug("closing the target connection failed: {}", e.getMessage());
        }
    }

    /** The per-dialect parts of a stream. */
    private record SourceDialect(SourceConnectorSettings settings, SourcePositions positions) {

        static SourceDialect of(Dialect dialect) {
            return switch (dialect) {
                case POSTGRESQL -> new SourceDialect(new PostgresConnectorSettings(), new PostgresPositions());
                case MARIADB -> new SourceDialect(MariaDbConnectorSettings.mariaDb(), new BinlogPositions());
                case MYSQL -> {
                    requireClass(MariaDbConnectorSettings.MYSQL_CONNECTOR, "debezium-connector-mysql");
                    yield new SourceDialect(MariaDbConnectorSettings.mySql(), new BinlogPositions());
                }
                case ORACLE -> throw new IllegalArgumentException("an Oracle source has no live change stream");
            };
        }

        private static void requireClass(String name, String artifact) {
            try {
                Class.forName(name, false, ChangeStream.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalArgumentException("a MySQL source needs " + artifact + " on the class path", e);
            }
        }

        Map<String, ?> startOffset(ChangeStreamSpec spec) {
            if (spec.start().isPostgres()) {
                return Map.of("lsn", PostgresPositions.lsnValue(spec.start().lsn()));
            }
            return Map.of("file", spec.start().binlogFile(), "pos", spec.start().binlogPosition());
        }
    }
}
