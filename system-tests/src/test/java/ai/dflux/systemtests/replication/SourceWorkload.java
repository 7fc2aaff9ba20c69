package ai.dflux.systemtests.replication;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * A background writer on a source database: transactions of one to six mixed changes (inserts, updates of ordinary
 * columns, updates of the large {@code body} text and updates that leave it alone, deletes, primary-key updates,
 * multi-row updates; NULL and empty strings) until stopped, with seeded randomness. A failing transaction is rolled
 * back, counted and the writer goes on. {@link #writeMarker()} then commits one row whose arrival on the target shows
 * that everything committed before it was applied.
 *
 * <pre>{@code
 * SourceWorkload.createSchema(source, new PostgresWorkload(), 200_000);
 * SourceWorkload workload = SourceWorkload.start("pg", source, new PostgresWorkload(), 42, 200_000);
 * ...
 * WorkloadCounts done = workload.stop();
 * String marker = workload.writeMarker();
 * }</pre>
 */
public final class SourceWorkload implements AutoCloseable {

    private static final Duration PAUSE_BETWEEN_TRANSACTIONS = Duration.ofMillis(25);
    private static final Duration PAUSE_AFTER_FAILURE = Duration.ofMillis(500);
    /** New keys start here, far above the filled ones, so that a primary-key update never collides. */
    private static final long FIRST_NEW_ID = 10_000_000L;

    private final String name;
    private final DataSource source;
    private final WorkloadDialect dialect;
    private final long seed;
    private final RandomValues values;
    private final LiveIds samples = LiveIds.range(1, WorkloadDialect.SAMPLE_ROWS);
    private final LiveIds accounts;
    private long nextId = FIRST_NEW_ID;
    private int markers;

    private final AtomicLong transactions = new AtomicLong();
    private final AtomicLong inserts = new AtomicLong();
    private final AtomicLong updates = new AtomicLong();
    private final AtomicLong bodyUpdates = new AtomicLong();
    private final AtomicLong deletes = new AtomicLong();
    private final AtomicLong keyUpdates = new AtomicLong();
    private final AtomicLong multiRowUpdates = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();

    private volatile boolean running;
    private volatile Throwable crashed;
    private Thread thread;
    private Connection connection;

    private SourceWorkload(String name, DataSource source, WorkloadDialect dialect, long seed, int accountRows) {
        this.name = name;
        this.source = source;
        this.dialect = dialect;
        this.seed = seed;
        this.values = new RandomValues(new Random(seed));
        this.accounts = LiveIds.range(1, accountRows);
    }

    /** Creates and fills the dialect's test schema in {@code source}. */
    public static void createSchema(DataSource source, WorkloadDialect dialect, int accountRows) {
        try (Connection connection = source.getConnection()) {
            dialect.createSchema(connection, accountRows);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the " + dialect.name() + " workload schema", e);
        }
    }

    /** A workload on a schema made by {@link #createSchema} that runs only when asked ({@link #runTransactions}). */
    public static SourceWorkload prepared(String name, DataSource source, WorkloadDialect dialect, long seed,
            int accountRows) {
        return new SourceWorkload(name, source, dialect, seed, accountRows);
    }

    /** A workload writing on a thread of its own from now until {@link #stop()}. */
    public static SourceWorkload start(String name, DataSource source, WorkloadDialect dialect, long seed,
            int accountRows) {
        SourceWorkload workload = prepared(name, source, dialect, seed, accountRows);
        workload.running = true;
        workload.thread = new Thread(workload::loop, "source-workload-" + name);
        workload.thread.setDaemon(true);
        workload.thread.start();
        System.out.printf("[e2e] workload %s on %s started (seed %d)%n", name, dialect.name(), seed);
        return workload;
    }

    /** Starts the background writer again after {@link #stop()}, going on with the same keys. */
    public synchronized SourceWorkload restart() {
        running = true;
        thread = new Thread(this::loop, "source-workload-" + name);
        thread.setDaemon(true);
        thread.start();
        System.out.printf("[e2e] workload %s restarted%n", name);
        return this;
    }

    /** Runs {@code count} transactions now, on the caller's thread; failures are counted, not thrown. */
    public synchronized WorkloadCounts runTransactions(int count) {
        for (int i = 0; i < count; i++) {
            runOneTransaction();
        }
        return counts();
    }

    private void loop() {
        try {
            while (running) {
                synchronized (this) {
                    runOneTransaction();
                }
                Thread.sleep(PAUSE_BETWEEN_TRANSACTIONS.toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | Error e) {
            crashed = e;
        } finally {
            closeConnection();
        }
    }

    /** Stops the background writer, waits for its last transaction and returns what it did. */
    public WorkloadCounts stop() {
        running = false;
        if (thread != null) {
            try {
                thread.join(Duration.ofMinutes(1).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (crashed != null) {
            throw new IllegalStateException("workload " + name + " crashed", crashed);
        }
        WorkloadCounts counts = counts();
        System.out.printf("[e2e] workload %s stopped: %s%n", name, counts);
        return counts;
    }

    @Override
    public void close() {
        running = false;
        closeConnection();
    }

    /** Commits one row in {@code workload_marker} and returns its label; see {@link #markerArrived}. */
    public synchronized String writeMarker() {
        markers++;
        String label = "marker-" + name + "-" + seed + "-" + markers;
        try (Connection marker = source.getConnection()) {
            dialect.prepareSession(marker);
            Sql.update(marker, "INSERT INTO workload_marker (id, label) VALUES (?, ?)", (long) markers, label);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot write " + label, e);
        }
        System.out.printf("[e2e] workload %s wrote %s%n", name, label);
        return label;
    }

    /** Whether the marker {@code label} is in {@code schema.workload_marker} of a PostgreSQL target. */
    public static boolean markerArrived(DataSource target, String schema, String label) {
        try (Connection connection = target.getConnection()) {
            return Sql.count(connection, "SELECT count(*) FROM \"" + schema + "\".workload_marker WHERE label = ?",
                    label) == 1;
        } catch (SQLException e) {
            return false; // the table may not exist yet, or the target restarts
        }
    }

    public WorkloadCounts counts() {
        return new WorkloadCounts(transactions.get(), inserts.get(), updates.get(), bodyUpdates.get(), deletes.get(),
                keyUpdates.get(), multiRowUpdates.get(), failures.get());
    }

    private void runOneTransaction() {
        List<Runnable> afterCommit = new ArrayList<>();
        List<AtomicLong> counted = new ArrayList<>();
        try {
            Connection c = connection();
            int operations = values.between(1, 6);
            for (int i = 0; i < operations; i++) {
                counted.add(oneOperation(c, afterCommit));
            }
            c.commit();
            afterCommit.forEach(Runnable::run);
            counted.forEach(AtomicLong::incrementAndGet);
            transactions.incrementAndGet();
        } catch (SQLException e) {
            if (failures.incrementAndGet() <= 3) {
                System.out.printf("[e2e] workload %s: a transaction failed and is rolled back: %s%n", name, e);
            }
            rollbackQuietly();
            pauseAfterFailure();
        }
    }

    /** One change; returns the counter it adds to once committed. */
    private AtomicLong oneOperation(Connection c, List<Runnable> afterCommit) throws SQLException {
        int dice = values.random().nextInt(100);
        if (dice < 20 || samples.size() < 10) {
            long id = nextId++;
            dialect.insertSample(c, id, values);
            afterCommit.add(() -> samples.add(id));
            return inserts;
        }
        long sample = samples.pick(values.random());
        if (dice < 35) {
            dialect.updateSampleColumns(c, sample, values);
            return updates;
        }
        if (dice < 47) {
            Sql.update(c, "UPDATE type_samples SET body = ? WHERE id = ?", values.body(), sample);
            return bodyUpdates;
        }
        if (dice < 53) {
            Sql.update(c, "DELETE FROM type_samples WHERE id = ?", sample);
            afterCommit.add(() -> samples.remove(sample));
            return deletes;
        }
        if (dice < 59) {
            long moved = nextId++;
            Sql.update(c, "UPDATE type_samples SET id = ? WHERE id = ?", moved, sample);
            afterCommit.add(() -> {
                samples.remove(sample);
                samples.add(moved);
            });
            return keyUpdates;
        }
        return accountOperation(c, dice, afterCommit);
    }

    private AtomicLong accountOperation(Connection c, int dice, List<Runnable> afterCommit) throws SQLException {
        long account = accounts.pick(values.random());
        if (dice < 74) {
            BigDecimal balance = values.amount();
            Sql.update(c, "UPDATE accounts SET balance = ?, note = ?, opened = ?, updated_at = CURRENT_TIMESTAMP"
                    + " WHERE id = ?", balance == null ? BigDecimal.ZERO : balance, values.nullEmptyOrWords(30),
                    dialect.openedDate(values), account);
            return updates;
        }
        if (dice < 82) {
            long id = nextId++;
            Sql.update(c, "INSERT INTO accounts (id, owner, balance, opened, updated_at, note)"
                    + " VALUES (?, ?, ?, ?, CURRENT_TIMESTAMP, ?)", id, "new-owner-" + id,
                    BigDecimal.valueOf(values.between(0, 1_000_000), 2), dialect.openedDate(values),
                    values.nullEmptyOrWords(30));
            afterCommit.add(() -> accounts.add(id));
            return inserts;
        }
        if (dice < 87) {
            Sql.update(c, "DELETE FROM accounts WHERE id = ?", account);
            afterCommit.add(() -> accounts.remove(account));
            return deletes;
        }
        if (dice < 92) {
            long moved = nextId++;
            Sql.update(c, "UPDATE accounts SET id = ? WHERE id = ?", moved, account);
            afterCommit.add(() -> {
                accounts.remove(account);
                accounts.add(moved);
            });
            return keyUpdates;
        }
        Sql.update(c, "UPDATE accounts SET balance = balance + 1, note = ? WHERE id BETWEEN ? AND ?",
                values.nullEmptyOrWords(30), account, account + 25);
        return multiRowUpdates;
    }

    private Connection connection() throws SQLException {
        if (connection == null || connection.isClosed()) {
            connection = source.getConnection();
            dialect.prepareSession(connection);
            connection.setAutoCommit(false);
        }
        return connection;
    }

    private void rollbackQuietly() {
        try {
            if (connection != null && !connection.isClosed()) {
                connection.rollback();
            }
        } catch (SQLException e) {
            closeConnection(); // a fresh one next time
        }
    }

    private void closeConnection() {
        try {
            if (connection != null) {
                connection.close();
            }
        } catch (SQLException ignored) {
            // the connection is gone either way
        } finally {
            connection = null;
        }
    }

    private static void pauseAfterFailure() {
        try {
            Thread.sleep(PAUSE_AFTER_FAILURE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
