package ai.dflux.executor.domain.copy;

import ai.dflux.contracts.agents.DatabaseCredentials;
import ai.dflux.contracts.conversion.ColumnPlan;
import ai.dflux.contracts.conversion.TablePlan;
import ai.dflux.executor.domain.db.DataSources;
import ai.dflux.executor.domain.position.SnapshotPosition;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The initial copy of a migration: every table's rows as one consistent snapshot of the source, copied in parallel
 * chunks into the target, each chunk exactly once. A run after an interrupted one (another process, same migration)
 * keeps the first run's stream position and chunk plans, and copies only the chunks not yet recorded.
 */
public final class InitialCopy {

    private static final Logger LOG = Logger.getLogger(InitialCopy.class.getName());

    private final UUID migrationId;
    private final SnapshotSource source;
    private final DataSource target;
    private final CopyOptions options;
    private final CopyListener listener;
    private final CopyBookkeeping bookkeeping;
    private final AtomicBoolean cancelled = new AtomicBoolean();

    public InitialCopy(UUID migrationId, SnapshotSource source, DataSource target, CopyOptions options,
            CopyListener listener) {
        this.migrationId = migrationId;
        this.source = source;
        this.target = target;
        this.options = options;
        this.listener = listener;
        this.bookkeeping = new CopyBookkeeping(target);
    }

    /** The copy from the migration's source to its target PostgreSQL. */
    public static InitialCopy of(UUID migrationId, DatabaseCredentials sourceCredentials,
            DatabaseCredentials targetCredentials, CopyOptions options, CopyListener listener) {
        return new InitialCopy(migrationId, SnapshotSources.of(migrationId, sourceCredentials),
                DataSources.postgres(targetCredentials), options, listener);
    }

    /** Stops the copy soon: chunks in flight roll back, committed chunks stay; {@link #run} returns incomplete. */
    public void cancel() {
        cancelled.set(true);
    }

    /**
     * Copies the tables (which exist on the target) and returns where streaming must start.
     *
     * @throws CopyException naming the table, the chunk and the server's message when a table cannot be read or the
     *     target rejects a value; chunks committed before stay recorded, so a later run resumes after them
     */
    public CopyResult run(List<TablePlan> tables) {
        try {
            bookkeeping.createTables();
            Optional<SnapshotPosition> earlier = bookkeeping.position(migrationId);
            try (Snapshot snapshot = earlier.isPresent()
                    ? source.reopen(earlier.get(), options.parallelism())
                    : source.open(tables, options.parallelism())) {
                if (earlier.isEmpty()) {
                    bookkeeping.savePosition(migrationId, snapshot.position(), snapshot.definitions());
                } else {
                    LOG.info(() -> "resuming the copy of migration " + migrationId + "; its stream starts at "
                            + earlier.get().describe());
                }
                listener.snapshotOpened(snapshot.position(), earlier.isPresent());
                return copy(snapshot, tables);
            }
        } catch (SQLException e) {
            throw new CopyException("initial copy of migration " + migrationId + " failed: " + e.getMessage(), e);
        }
    }

    /**
     * The first reader plans the tables and then copies; the others copy each table's chunks as soon as they are
     * queued, largest table first, so planning the small tables does not hold up the large one.
     */
    private CopyResult copy(Snapshot snapshot, List<TablePlan> tables) throws SQLException {
        Workers workers = new Workers();
        List<Connection> readers = snapshot.readers();
        readers.subList(1, readers.size()).forEach(workers::start);
        int skipped;
        try {
            skipped = plan(readers.get(0), tables, workers.queue);
        } catch (SQLException | RuntimeException e) {
            workers.stop.set(true);
            workers.joinAll();
            throw e;
        } finally {
            workers.planned.set(true);
        }
        workers.start(readers.get(0));
        workers.joinAll();
        if (workers.failure.get() != null) {
            RuntimeException e = workers.failure.get();
            throw e instanceof CopyException ? e : new CopyException("initial copy of migration " + migrationId
                    + " stopped: " + e, e);
        }
        boolean complete = workers.queue.isEmpty() && !cancelled.get();
        return new CopyResult(snapshot.position(), complete, workers.rows.get(), workers.bytes.get(),
                workers.copied.get(), skipped, readers.size());
    }

    /** The copying threads, one per reader, the chunks they take, and what they copied. */
    private final class Workers {

        private static final long WAIT_FOR_PLAN_MILLIS = 50;

        private final PriorityBlockingQueue<Task> queue = new PriorityBlockingQueue<>(16, Task.LARGEST_TABLE_FIRST);
        /** Set once every table is planned: then an empty queue means the copy is done. */
        private final AtomicBoolean planned = new AtomicBoolean();
        private final AtomicLong rows = new AtomicLong();
        private final AtomicLong bytes = new AtomicLong();
        private final AtomicInteger copied = new AtomicInteger();
        private final AtomicReference<RuntimeException> failure = new AtomicReference<>();
        private final AtomicBoolean stop = new AtomicBoolean();
        private final ChunkCopier copier;
        private final List<Thread> threads = new ArrayList<>();

        Workers() {
            this.copier = new ChunkCopier(migrationId, source.reader(), options.bufferBytes(),
                    () -> stop.get() || cancelled.get());
        }

        void start(Connection reader) {
            Thread thread = new Thread(() -> work(reader), "dflux-copy-" + migrationId + "-" + threads.size());
            threads.add(thread);
            thread.start();
        }

        private void work(Connection reader) {
            try (Connection connection = TargetSession.open(target)) {
                Task task;
                while (!stop.get() && !cancelled.get() && (task = next()) != null) {
                    long[] done = copier.copy(reader, connection, task.table(), task.chunk());
                    rows.addAndGet(done[0]);
                    bytes.addAndGet(done[1]);
                    copied.incrementAndGet();
                    report(task, done, connection);
                }
            } catch (CopyCancelledException cancel) {
                // the chunk in flight rolled back
            } catch (RuntimeException e) {
                failure.compareAndSet(null, e);
                stop.set(true);
            } catch (SQLException e) {
                failure.compareAndSet(null, new CopyException("cannot open a target connection: "
                        + e.getMessage(), e));
                stop.set(true);
            }
        }

        /** The next chunk to copy; null once every table is planned and every chunk taken. */
        private Task next() {
            while (!stop.get() && !cancelled.get()) {
                boolean allPlanned = planned.get();
                Task task;
                try {
                    task = queue.poll(WAIT_FOR_PLAN_MILLIS, TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new CopyCancelledException();
                }
                if (task != null || allPlanned) {
                    return task;
                }
            }
            return null;
        }

        void joinAll() {
            for (Thread worker : threads) {
                boolean joined = false;
                while (!joined) {
                    try {
                        worker.join();
                        joined = true;
                    } catch (InterruptedException e) {
                        cancel();
                        Thread.currentThread().interrupt();
                    }
                }
            }
        }
    }

    /** Plans (or reloads the plans of) all tables, queues the chunks not yet copied; returns how many were. */
    private int plan(Connection reader, List<TablePlan> tables, PriorityBlockingQueue<Task> queue)
            throws SQLException {
        ChunkPlanner planner = new ChunkPlanner(source.reader(), options.chunkRows(), options.wholeTableRows());
        int skipped = 0;
        try (Connection bookkeeping = target.getConnection()) {
            Set<String> deferredBefore = new HashSet<>(DeferredKeys.deferredTables(bookkeeping, migrationId));
            for (TablePlan plan : tables) {
                TableWork table = new TableWork(plan);
                try {
                    requireTargetTypes(table);
                    source.reader().check(reader, plan, table.columns());
                    long estimate = source.reader().estimatedRows(reader, plan);
                    Optional<List<Chunk>> stored = CopyBookkeeping.plan(bookkeeping, migrationId, table.sourceName());
                    List<Chunk> chunks = stored.isPresent() ? stored.get()
                            : planAndSave(planner, reader, bookkeeping, table, estimate);
                    Map<Integer, long[]> done = CopyBookkeeping.copiedChunks(bookkeeping, migrationId,
                            table.sourceName());
                    long rowsBefore = done.values().stream().mapToLong(d -> d[0]).sum();
                    long bytesBefore = done.values().stream().mapToLong(d -> d[1]).sum();
                    List<Chunk> remaining = chunks.stream().filter(c -> !done.containsKey(c.number())).toList();
                    table.expect(remaining.size(), rowsBefore, bytesBefore);
                    skipped += chunks.size() - remaining.size();
                    listener.tableStarted(plan, estimate, chunks.size(), chunks.size() - remaining.size());
                    table.keyDeferred(deferredBefore.contains(table.targetName())
                            || !remaining.isEmpty() && options.keyAfterLoad(estimate) && deferKey(bookkeeping, table));
                    if (remaining.isEmpty()) {
                        buildDeferredKey(bookkeeping, table); // its last chunk committed before the key was built
                        listener.tableFinished(plan, table.rows(), table.bytes(), table.seconds());
                    }
                    remaining.forEach(chunk -> queue.add(new Task(table, chunk, estimate)));
                } catch (SQLException e) {
                    throw new CopyException("source table " + table.sourceName() + " cannot be copied: "
                            + e.getMessage(), e);
                }
            }
        }
        return skipped;
    }

    private List<Chunk> planAndSave(ChunkPlanner planner, Connection reader, Connection bookkeeping, TableWork table,
            long estimate) throws SQLException {
        List<Chunk> chunks = planner.plan(reader, table, estimate);
        CopyBookkeeping.savePlan(bookkeeping, migrationId, table.sourceName(), chunks);
        LOG.info(() -> "migration " + migrationId + ": " + table.sourceName() + " estimated at " + estimate
                + " rows, copied in " + chunks.size() + (chunks.size() == 1 ? " chunk" : " chunks"));
        return chunks;
    }

    private static void requireTargetTypes(TableWork table) {
        for (ColumnPlan column : table.columns()) {
            if (column.targetType() == null) {
                throw new CopyException("source table " + table.sourceName() + ": column " + column.source()
                        + " has no target type (the table needs a manual decision), so it cannot be copied");
            }
        }
    }

    private void report(Task task, long[] done, Connection target) {
        TableWork table = task.table();
        listener.chunkFinished(table.plan(), task.chunk().number(), done[0], done[1]);
        if (table.chunkDone(done[0], done[1])) {
            buildDeferredKey(target, table);
            listener.tableFinished(table.plan(), table.rows(), table.bytes(), table.seconds());
        }
    }

    /** Takes the table's primary key off for the load when it can come back as it was; true if it is off. */
    private boolean deferKey(Connection target, TableWork table) {
        try {
            boolean deferred = DeferredKeys.defer(target, migrationId, table.targetName());
            if (deferred) {
                LOG.info(() -> "migration " + migrationId + ": " + table.targetName()
                        + " is loaded without its primary key, which is built once its rows are in");
            }
            return deferred;
        } catch (SQLException e) {
            throw new CopyException("the primary key of target table " + table.targetName() + " could not be taken"
                    + " off for the load: " + e.getMessage(), e);
        }
    }

    /** Builds the table's primary key if {@link DeferredKeys#defer} took it off for the load, in this run or before. */
    private void buildDeferredKey(Connection target, TableWork table) {
        if (!table.keyDeferred()) {
            return;
        }
        long start = System.nanoTime();
        try {
            if (DeferredKeys.restore(target, migrationId, table.targetName(),
                    () -> listener.keyBuildStarted(table.plan()))) {
                LOG.info(() -> String.format("migration %s: primary key of %s built in %.1f s", migrationId,
                        table.targetName(), (System.nanoTime() - start) / 1e9));
            }
        } catch (SQLException e) {
            throw new CopyException("the primary key of target table " + table.targetName() + " could not be built"
                    + " after its rows were copied (it stays recorded in " + DeferredKeys.TABLE + "): "
                    + e.getMessage(), e);
        }
    }

    /** A chunk to copy; the chunks of the table estimated largest go first, each table's in order. */
    private record Task(TableWork table, Chunk chunk, long tableEstimate) {

        static final Comparator<Task> LARGEST_TABLE_FIRST = Comparator.comparingLong(Task::tableEstimate).reversed()
                .thenComparing(task -> task.table().sourceName()).thenComparingInt(task -> task.chunk().number());
    }
}
