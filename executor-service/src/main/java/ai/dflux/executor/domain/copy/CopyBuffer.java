package ai.dflux.executor.domain.copy;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.BooleanSupplier;
import org.postgresql.copy.CopyIn;

/**
 * Gathers COPY text rows into large buffers and hands each full one to a sending thread that writes it to the target's
 * {@code COPY ... FROM STDIN}: the source is read while the target loads what came before, as in
 * {@code pg_dump | psql}, instead of the two taking turns on one thread. Counts the bytes sent and stops with
 * {@link CopyCancelledException} at the next hand-off once the copy is cancelled.
 */
final class CopyBuffer implements AutoCloseable {

    /** Buffers in flight: one being filled, one being sent, one waiting between them. */
    private static final int BUFFERS = 3;
    private static final Piece END = new Piece(new byte[0], 0, false);

    private final BooleanSupplier cancelled;
    private final int size;
    private final BlockingQueue<Piece> toSend = new ArrayBlockingQueue<>(BUFFERS + 1);
    private final BlockingQueue<byte[]> empty = new ArrayBlockingQueue<>(BUFFERS);
    private final Thread sender;
    private byte[] buffer;
    private int allocated = 1;
    private int used;
    private long bytes;
    private volatile boolean abandoned;
    private volatile SQLException sendFailure;
    private boolean ended;

    /** A part of the stream to send; {@code reusable} when it is one of the pooled buffers. */
    private record Piece(byte[] data, int length, boolean reusable) {
    }

    CopyBuffer(CopyIn target, int size, BooleanSupplier cancelled) {
        this.cancelled = cancelled;
        this.size = size;
        this.buffer = new byte[size];
        this.sender = new Thread(() -> send(target), Thread.currentThread().getName() + "-send");
        sender.setDaemon(true);
        sender.start();
    }

    void write(byte[] data, int offset, int length) throws SQLException {
        if (length > size - used) {
            handOff();
            if (length > size) {
                byte[] large = new byte[length];
                System.arraycopy(data, offset, large, 0, length);
                put(new Piece(large, length, false));
                return;
            }
        }
        System.arraycopy(data, offset, buffer, used, length);
        used += length;
    }

    /** Writes the row text as UTF-8, the encoding pgjdbc's connections use. */
    void writeRow(CharSequence row) throws SQLException {
        byte[] data = row.toString().getBytes(StandardCharsets.UTF_8);
        write(data, 0, data.length);
    }

    /** Sends what is gathered and waits until the target has been handed everything; the COPY may then end. */
    void finish() throws SQLException {
        handOff();
        end();
        failIfSendFailed();
    }

    boolean isCancelled() {
        return cancelled.getAsBoolean();
    }

    long bytes() {
        return bytes;
    }

    /** Stops the sending thread; what it has not sent yet is dropped, since the chunk is then abandoned. */
    @Override
    public void close() {
        if (!ended) {
            abandoned = true;
            end();
        }
    }

    private void handOff() throws SQLException {
        if (used == 0) {
            return;
        }
        put(new Piece(buffer, used, true));
        used = 0;
        buffer = empty.poll();
        if (buffer == null && allocated < BUFFERS) {
            buffer = new byte[size];
            allocated++;
        }
        if (buffer == null) {
            buffer = take();
        }
    }

    private void put(Piece piece) throws SQLException {
        if (cancelled.getAsBoolean()) {
            throw new CopyCancelledException();
        }
        failIfSendFailed();
        try {
            toSend.put(piece);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CopyCancelledException();
        }
        bytes += piece.length();
    }

    /** Waits for a buffer the sending thread is done with; it returns every one, also after a failure. */
    private byte[] take() throws SQLException {
        try {
            byte[] free = empty.take();
            failIfSendFailed();
            return free;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CopyCancelledException();
        }
    }

    private void failIfSendFailed() throws SQLException {
        if (sendFailure != null) {
            throw sendFailure;
        }
    }

    /** Tells the sending thread to stop after what it was handed, and waits for it. */
    private void end() {
        ended = true;
        boolean interrupted = false;
        while (true) {
            try {
                toSend.put(END);
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        while (sender.isAlive()) {
            try {
                sender.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** The sending thread: writes each piece in order; after a failure it only returns the buffers. */
    private void send(CopyIn target) {
        while (true) {
            Piece piece;
            try {
                piece = toSend.take();
            } catch (InterruptedException e) {
                continue; // only END stops it, so that the reading thread never waits for a buffer forever
            }
            if (piece == END) {
                return;
            }
            if (sendFailure == null && !abandoned) {
                try {
                    target.writeToCopy(piece.data(), 0, piece.length());
                } catch (SQLException | RuntimeException e) {
                    sendFailure = e instanceof SQLException sql ? sql : new SQLException(e.getMessage(), e);
                }
            }
            if (piece.reusable()) {
                empty.offer(piece.data());
            }
        }
    }
}
