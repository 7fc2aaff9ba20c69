package ai.dflux.executor.domain;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import javax.sql.DataSource;

/**
 * Writes to {@code orders} (and {@code notes}, once asked to) without pause: inserts, updates and deletes, with the
 * SQL both PostgreSQL and MariaDB read. What it writes follows the schema the test has changed on the source so far.
 */
final class DriftWorkload implements AutoCloseable {

    /** A steady stream of writes, not the most the source can take: the machine also runs executor and target. */
    private static final long PACE_NANOS = 2_000_000;

    private final DataSource source;
    private final Thread thread;
    private final AtomicInteger written = new AtomicInteger();
    private final AtomicReference<Exception> failure = new AtomicReference<>();
    private volatile boolean running = true;
    private volatile boolean notes;
    private volatile boolean noteColumn;
    private volatile boolean wideValues;
    private volatile int firstWithNote = Integer.MAX_VALUE;

    DriftWorkload(DataSource source, int firstId) {
        this.source = source;
        this.thread = new Thread(() -> run(firstId), "drift-workload");
        thread.start();
    }

    /** From now on every insert and update sets {@code orders.note}. */
    void writeNoteColumn() {
        firstWithNote = written.get();
        noteColumn = true;
    }

    /** From now on codes longer than 10 characters and quantities beyond the int range are written. */
    void writeWideValues() {
        wideValues = true;
    }

    void writeNotes() {
        notes = true;
    }

    /** Iterations done since the note column was first written. */
    int writtenWithNote() {
        return noteColumn ? written.get() - firstWithNote : 0;
    }

    int written() {
        return written.get();
    }

    private void run(int firstId) {
        int id = firstId;
        try (Connection connection = source.getConnection(); Statement statement = connection.createStatement()) {
            while (running) {
                id++;
                String code = wideValues ? "'a-code-wider-than-ten-" + id + "'" : "'c" + (id % 100_000) + "'";
                long qty = wideValues ? 3_000_000_000L + id : id;
                String note = noteColumn ? ", note" : "";
                String noteValue = noteColumn ? ", 'note " + id + "'" : "";
                statement.execute("INSERT INTO orders (id, code, qty" + note + ") VALUES (" + id + ", " + code + ", "
                        + qty + noteValue + ")");
                statement.execute("UPDATE orders SET qty = qty + 1" + (noteColumn ? ", note = 'changed " + id + "'"
                        : "") + " WHERE id = " + (id - 3));
                if (id % 5 == 0) {
                    statement.execute("DELETE FROM orders WHERE id = " + (id - 7));
                }
                if (notes) {
                    statement.execute("INSERT INTO notes (id, body) VALUES (" + id + ", 'body " + id + "')");
                    statement.execute("UPDATE notes SET body = 'edited' WHERE id = " + (id - 2));
                }
                written.incrementAndGet();
                LockSupport.parkNanos(PACE_NANOS);
            }
        } catch (SQLException e) {
            failure.set(e);
        }
    }

    @Override
    public void close() throws Exception {
        running = false;
        thread.join();
        if (failure.get() != null) {
            throw new IllegalStateException("the workload failed", failure.get());
        }
    }
}
